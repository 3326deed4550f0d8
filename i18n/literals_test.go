package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestEveryTextLiteralHasBothLanguages walks the whole module's source and
// checks every Text literal: both languages present as keyed, non-empty
// string literals with the same fmt verbs. This is what keeps any screen,
// message or fix from existing in one language only.
func TestEveryTextLiteralHasBothLanguages(t *testing.T) {
	fset := token.NewFileSet()
	checked := 0
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case ".git", "testdata", "dist", "node_modules":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		file, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		inI18n := file.Name.Name == "i18n"
		ast.Inspect(file, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			if isTextType(lit.Type, inI18n) {
				checked++
				checkTextLiteral(t, fset, lit)
				return true
			}
			// Elements of []Text{...} or map[K]Text{...} may leave their type out.
			if elemIsText(lit.Type, inI18n) {
				for _, el := range lit.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						el = kv.Value
					}
					if inner, ok := el.(*ast.CompositeLit); ok && inner.Type == nil {
						checked++
						checkTextLiteral(t, fset, inner)
					}
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The catalogue alone holds hundreds of texts: finding few means the
	// walk is broken, not that the source is clean.
	if checked < 300 {
		t.Fatalf("checked only %d Text literals; the source walk is broken", checked)
	}
	t.Logf("checked %d Text literals", checked)
}

func isTextType(expr ast.Expr, inI18n bool) bool {
	switch e := expr.(type) {
	case *ast.Ident:
		return inI18n && e.Name == "Text"
	case *ast.SelectorExpr:
		pkg, ok := e.X.(*ast.Ident)
		return ok && pkg.Name == "i18n" && e.Sel.Name == "Text"
	}
	return false
}

func elemIsText(expr ast.Expr, inI18n bool) bool {
	switch e := expr.(type) {
	case *ast.ArrayType:
		return isTextType(e.Elt, inI18n)
	case *ast.MapType:
		return isTextType(e.Value, inI18n)
	}
	return false
}

func checkTextLiteral(t *testing.T, fset *token.FileSet, lit *ast.CompositeLit) {
	t.Helper()
	pos := fset.Position(lit.Pos())
	values := map[string]string{}
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			t.Errorf("%s: Text literal must name its fields (En:, Sv:)", pos)
			return
		}
		key, _ := kv.Key.(*ast.Ident)
		s, ok := stringValue(kv.Value)
		if key == nil || !ok {
			t.Errorf("%s: Text field must be a string literal", pos)
			return
		}
		values[key.Name] = s
	}
	en, sv := strings.TrimSpace(values["En"]), strings.TrimSpace(values["Sv"])
	if en == "" || sv == "" {
		t.Errorf("%s: Text is missing a language (En %q, Sv %q)", pos, en, sv)
		return
	}
	if ve, vs := fmtVerbs(en), fmtVerbs(sv); !slices.Equal(ve, vs) {
		t.Errorf("%s: fmt verbs differ between languages: En %v, Sv %v", pos, ve, vs)
	}
}

// stringValue evaluates a string literal or a concatenation of them.
func stringValue(expr ast.Expr) (string, bool) {
	switch e := expr.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		a, okA := stringValue(e.X)
		b, okB := stringValue(e.Y)
		return a + b, okA && okB
	case *ast.ParenExpr:
		return stringValue(e.X)
	}
	return "", false
}

var verbPattern = regexp.MustCompile(`%[-+# 0]*[0-9]*(?:\.[0-9]+)?[a-zA-Z%]`)

// fmtVerbs lists a format string's verbs in order, ignoring %%.
func fmtVerbs(s string) []string {
	var verbs []string
	for _, v := range verbPattern.FindAllString(s, -1) {
		if v != "%%" {
			verbs = append(verbs, v)
		}
	}
	return verbs
}

func TestFmtVerbs(t *testing.T) {
	got := fmtVerbs("100%% of %d fixes for %q, %-5s and %.2f")
	want := []string{"%d", "%q", "%-5s", "%.2f"}
	if !slices.Equal(got, want) {
		t.Errorf("fmtVerbs = %v, want %v", got, want)
	}
}
