package i18n

import "testing"

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name    string
		flag    string
		vars    map[string]string
		want    Lang
		source  Source
		wantErr bool
	}{
		{"nothing set is English", "", nil, English, FromDefault, false},
		{"flag wins over everything", "sv", map[string]string{"FORTNOX_DOCTOR_LANG": "en", "LANG": "en_US.UTF-8"}, Swedish, FromFlag, false},
		{"flag accepts a locale", "sv_SE.UTF-8", nil, Swedish, FromFlag, false},
		{"flag is case-insensitive", "EN", nil, English, FromFlag, false},
		{"unknown flag is an error", "de", nil, English, FromFlag, true},
		{"tool variable before locale", "", map[string]string{"FORTNOX_DOCTOR_LANG": "sv", "LANG": "en_US.UTF-8"}, Swedish, FromEnv, false},
		{"unknown tool variable falls through", "", map[string]string{"FORTNOX_DOCTOR_LANG": "klingon", "LANG": "sv_SE.UTF-8"}, Swedish, FromLocaleEnv, false},
		{"LANG sv_SE.UTF-8", "", map[string]string{"LANG": "sv_SE.UTF-8"}, Swedish, FromLocaleEnv, false},
		{"LANG sv", "", map[string]string{"LANG": "sv"}, Swedish, FromLocaleEnv, false},
		{"LANG sv_FI", "", map[string]string{"LANG": "sv_FI"}, Swedish, FromLocaleEnv, false},
		{"LANG sv_SE@euro", "", map[string]string{"LANG": "sv_SE@euro"}, Swedish, FromLocaleEnv, false},
		{"LC_MESSAGES before LANG", "", map[string]string{"LC_MESSAGES": "sv_SE.UTF-8", "LANG": "en_GB.UTF-8"}, Swedish, FromLocaleEnv, false},
		{"LC_ALL before LC_MESSAGES", "", map[string]string{"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "sv_SE.UTF-8"}, English, FromLocaleEnv, false},
		{"LC_ALL=C means English, not LANG", "", map[string]string{"LC_ALL": "C", "LANG": "sv_SE.UTF-8"}, English, FromDefault, false},
		{"a language we do not speak is English", "", map[string]string{"LANG": "de_DE.UTF-8"}, English, FromDefault, false},
		{"POSIX is English", "", map[string]string{"LANG": "POSIX"}, English, FromDefault, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, src, err := Detect(tt.flag, env(tt.vars))
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if got != tt.want || src != tt.source {
				t.Errorf("Detect = %s (source %d), want %s (source %d)", got, src, tt.want, tt.source)
			}
		})
	}
}

func TestSourceExplicit(t *testing.T) {
	for src, want := range map[Source]bool{FromFlag: true, FromEnv: true, FromLocaleEnv: false, FromDefault: false} {
		if got := src.Explicit(); got != want {
			t.Errorf("Source(%d).Explicit() = %v, want %v", src, got, want)
		}
	}
}

func TestParse(t *testing.T) {
	for in, want := range map[string]Lang{
		"sv": Swedish, "SV": Swedish, " svenska ": Swedish, "Swedish": Swedish, "sv-SE": Swedish,
		"en": English, "English": English, "engelska": English, "en_GB.UTF-8": English,
	} {
		got, err := Parse(in)
		if err != nil || got != want {
			t.Errorf("Parse(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "de", "s", "svv", "C", "1"} {
		if got, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q) = %q, want an error", bad, got)
		}
	}
}

func TestTextIn(t *testing.T) {
	txt := Text{En: "back", Sv: "tillbaka"}
	if got := txt.In(Swedish); got != "tillbaka" {
		t.Errorf("In(sv) = %q", got)
	}
	if got := txt.In(English); got != "back" {
		t.Errorf("In(en) = %q", got)
	}
	if got := txt.In(Lang("de")); got != "back" {
		t.Errorf("an unknown language should fall back to English, got %q", got)
	}
	if got := (Text{En: "%d fixes", Sv: "%d åtgärder"}).Format(Swedish, 3); got != "3 åtgärder" {
		t.Errorf("Format = %q", got)
	}
	if !(Text{}).IsZero() || (Text{En: "x"}).IsZero() || (Text{En: "x"}).Complete() || !txt.Complete() {
		t.Error("IsZero/Complete disagree with their definitions")
	}
}

func TestLangName(t *testing.T) {
	if Swedish.Name() != "Svenska" || English.Name() != "English" {
		t.Errorf("names: %q, %q", Swedish.Name(), English.Name())
	}
	if len(Langs()) != 2 || Langs()[0] != Swedish {
		t.Errorf("Langs() = %v", Langs())
	}
}
