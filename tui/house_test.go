package tui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// parseTUI parses the package's non-test files, but for those skip names.
func parseTUI(t *testing.T, skip func(name string) bool) map[string]*ast.File {
	t.Helper()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	files := map[string]*ast.File{}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") || skip(name) {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = f
	}
	return files
}

// isScreenType reports whether a type expression names a screen type
// (choiceScreen, *fixScreen, …).
func isScreenType(e ast.Expr) bool {
	if star, ok := e.(*ast.StarExpr); ok {
		e = star.X
	}
	id, ok := e.(*ast.Ident)
	return ok && strings.HasSuffix(id.Name, "Screen")
}

// TestNoScreenTypeAssertions keeps the root (and every screen) from asking
// which screen it holds: no type assertion or type switch case names a
// screen type outside the tests. The root acts on intents instead.
func TestNoScreenTypeAssertions(t *testing.T) {
	for name, f := range parseTUI(t, func(string) bool { return false }) {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.TypeAssertExpr:
				if n.Type != nil && isScreenType(n.Type) {
					t.Errorf("%s: type assertion on a screen: %s", name, types(n.Type))
				}
			case *ast.TypeSwitchStmt:
				for _, c := range n.Body.List {
					for _, e := range c.(*ast.CaseClause).List {
						if isScreenType(e) {
							t.Errorf("%s: type switch on a screen: case %s", name, types(e))
						}
					}
				}
			}
			return true
		})
	}
}

func types(e ast.Expr) string {
	if star, ok := e.(*ast.StarExpr); ok {
		return "*" + types(star.X)
	}
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return "?"
}

// TestKeysOnlyInKeyMaps keeps key names in the key maps (the keys*.go
// files): elsewhere no key press is compared by its String(),
// no switch runs on one, and no binding is made with key.WithKeys.
func TestKeysOnlyInKeyMaps(t *testing.T) {
	isKeyMap := func(name string) bool { return strings.HasPrefix(name, "keys") }
	isStringCall := func(e ast.Expr) bool {
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) != 0 {
			return false
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		return ok && sel.Sel.Name == "String"
	}
	for name, f := range parseTUI(t, isKeyMap) {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BinaryExpr:
				if (n.Op == token.EQL || n.Op == token.NEQ) && (isStringCall(n.X) || isStringCall(n.Y)) {
					if _, lit := n.X.(*ast.BasicLit); lit || isBasicLit(n.Y) {
						t.Errorf("%s: a String() compared with a literal", name)
					}
				}
			case *ast.SwitchStmt:
				if n.Tag != nil && isStringCall(n.Tag) {
					t.Errorf("%s: a switch on String()", name)
				}
			case *ast.SelectorExpr:
				if x, ok := n.X.(*ast.Ident); ok && x.Name == "key" && n.Sel.Name == "WithKeys" {
					t.Errorf("%s: key.WithKeys outside the key maps", name)
				}
			}
			return true
		})
	}
}

func isBasicLit(e ast.Expr) bool { _, ok := e.(*ast.BasicLit); return ok }
