package diagnose
import ("testing";"fmt";"slices";"sort")
func TestDbgDist(t *testing.T){
 type row struct{pts int; ok bool; neg bool; txt string}
 var rows []row
 for _, c := range readCorpus(t, "testdata/corpus/tuning.jsonl") {
  ex,_ := Explain(c.Text)
  r := append(slices.Clone(ex.Matches), ex.Guesses...)
  if len(r)==0 {continue}
  top := r[0]
  spec := slices.ContainsFunc(top.Evidence, Evidence.specific)
  if spec {continue}
  rows = append(rows, row{top.Score, slices.Contains(c.Want, top.FixID), len(c.Want)==0, c.Text})
 }
 sort.Slice(rows, func(i,j int)bool{return rows[i].pts>rows[j].pts})
 for _, r := range rows { fmt.Printf("%4d ok=%v neg=%v %.70q\n", r.pts, r.ok, r.neg, r.txt) }
}
