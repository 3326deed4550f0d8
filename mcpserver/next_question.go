package mcpserver

import (
	"context"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// NextQuestionInput is next_question's input.
type NextQuestionInput struct {
	Answers []string  `json:"answers,omitempty" jsonschema:"the values of the options chosen so far, in order; empty for the first question"`
	Lang    i18n.Lang `json:"lang,omitempty" jsonschema:"the language of the answer: en or sv; default the server's"`
}

const nextQuestionDescription = `Walk fortnox-doctor's decision tree with the user, the way its terminal wizard does, when they have no error text to explain. ` +
	`Call it with no answers for the first question. Ask the user the question (text, hint) with its options' labels in the order given, then call again with every answer so far: answers is the list of the chosen options' values, in order. ` +
	`The walk is stateless: send the whole list each time. The first question asks who the user is; the answer's role is kept as the walk's as. ` +
	`It ends with kind "fix", the fix shown for that person (relay its sections and message), or kind "paste" (ask the user for the error text, link or token, and follow the hint). ` +
	`An answer that is not an option is an error that lists the valid values. Offline: no network.`

func addNextQuestionTool(s *mcp.Server, h handlers) {
	addTool(s, h, &mcp.Tool{
		Name:        "next_question",
		Title:       "Next question of the decision tree",
		Description: nextQuestionDescription,
		Annotations: readOnly("Next question of the decision tree"),
	}, h.nextQuestion)
}

// maxQuotedAnswer bounds how many characters of a wrong answer (or
// person, language, URI, method) an error quotes back.
const maxQuotedAnswer = 80

func (h handlers) nextQuestion(_ context.Context, in NextQuestionInput) (NextQuestionOutput, error) {
	l := h.lang(in.Lang)
	tree := flows.DecisionTree()
	// A walk visits each node at most once, so more answers than nodes
	// can only be wrong; refusing them keeps the work bounded.
	if limit := len(tree.Nodes()); len(in.Answers) > limit {
		return NextQuestionOutput{}, errorf(l, i18n.MCPErrTooMany, len(in.Answers), limit)
	}
	node := tree.Root()
	path := []string{node.ID}
	var person flows.Role
	for i, answer := range in.Answers {
		quoted := diagnose.Quote(answer, maxQuotedAnswer)
		if node.Kind != flows.Question {
			return NextQuestionOutput{}, errorf(l, i18n.MCPErrPastEnd, i+1, quoted, node.ID)
		}
		option, ok := chooseOption(node, answer)
		if !ok {
			return NextQuestionOutput{}, errorf(l, i18n.MCPErrNotAnOption, i+1, quoted, node.ID, optionValues(node))
		}
		if option.Role != "" {
			person = option.Role
		}
		if node, ok = tree.Node(option.Next); !ok {
			// Validate forbids a dangling option; say so rather than panic.
			return NextQuestionOutput{}, errorf(l, i18n.MCPErrInternal, "next_question")
		}
		path = append(path, node.ID)
	}
	return newNodeOutput(node, path, person, l), nil
}

// chooseOption finds the option an answer names: by its value, or, as an
// assistant may send what the user said, by its label in either language,
// ignoring letter case and surrounding blanks.
func chooseOption(n flows.Node, answer string) (flows.Option, bool) {
	answer = strings.TrimSpace(answer)
	for _, o := range n.Options {
		if o.Next == answer {
			return o, true
		}
	}
	for _, o := range n.Options {
		for _, l := range i18n.Langs() {
			if strings.EqualFold(strings.TrimSpace(o.Label.In(l)), answer) {
				return o, true
			}
		}
	}
	return flows.Option{}, false
}

// optionValues lists a question's option values for an error message.
func optionValues(n flows.Node) string {
	values := make([]string, len(n.Options))
	for i, o := range n.Options {
		values[i] = o.Next
	}
	return strings.Join(values, ", ")
}
