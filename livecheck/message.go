package livecheck

import (
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

func msg(t i18n.Text, args ...any) diagnose.Message { return diagnose.Message{Text: t, Args: args} }
