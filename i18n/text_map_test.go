package i18n

import "testing"

func TestMapKeepsEachLanguage(t *testing.T) {
	got := Text{En: "Hi!", Sv: "Hej!"}.Map(func(l Lang, s string) string { return string(l) + ":" + s })
	if want := (Text{En: "en:Hi!", Sv: "sv:Hej!"}); got != want {
		t.Errorf("Map = %+v, want %+v", got, want)
	}
}
