package main

import (
	"io"
	"os"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

// Where check reads its secrets from when no flag names a file.
const (
	envAccessToken  = "FORTNOX_ACCESS_TOKEN"
	envClientID     = "FORTNOX_CLIENT_ID"
	envClientSecret = "FORTNOX_CLIENT_SECRET"
)

// maxSecretFileBytes bounds a client-secret file: a secret is short.
const maxSecretFileBytes = 4 << 10

// readAccessToken reads the token from --token-file, else
// FORTNOX_ACCESS_TOKEN, else standard input.
func (o *checkOptions) readAccessToken(a *app) (string, error) {
	if o.tokenFile != "" {
		return readSecretFile(a, o.tokenFile, diagnose.MaxInputBytes, i18n.ErrTokenTooLarge.Format(a.lang, maxInputSize))
	}
	if v := a.getenv(envAccessToken); v != "" {
		return v, nil
	}
	return readToken(a)
}

// readClientCredentials takes the client ID from --client-id or the
// environment and the secret from --client-secret-file or the environment.
func (o *checkOptions) readClientCredentials(a *app) (*livecheck.ClientCredentials, error) {
	id := strings.TrimSpace(o.clientID)
	if id == "" {
		id = strings.TrimSpace(a.getenv(envClientID))
	}
	if id == "" {
		return nil, usageError(i18n.CheckErrClientID.In(a.lang))
	}
	secret := a.getenv(envClientSecret)
	if o.clientSecretFile != "" {
		s, err := readSecretFile(a, o.clientSecretFile, maxSecretFileBytes, i18n.CheckErrSecretFileTooLarge.Format(a.lang, diagnose.Clean(o.clientSecretFile), maxSecretFileSize))
		if err != nil {
			return nil, err
		}
		secret = s
	}
	secret = strings.TrimSpace(secret)
	if secret == "" {
		return nil, usageError(i18n.CheckErrSecret.In(a.lang))
	}
	return &livecheck.ClientCredentials{ClientID: id, ClientSecret: secret, Tenant: o.tenant}, nil
}

// maxSecretFileSize is maxSecretFileBytes as messages say it.
const maxSecretFileSize = "4 KiB"

// readSecretFile reads a file of at most limit bytes, trimmed; a larger one
// is a usage error that says tooLarge (not explain's "paste only the error
// message", which an outside audit had for --client-secret-file /dev/zero).
func readSecretFile(a *app, path string, limit int64, tooLarge string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", usageError(i18n.CheckErrReadFile.Format(a.lang, diagnose.Clean(path), i18n.ErrorCauseIn(a.lang, err)))
	}
	defer func() { _ = f.Close() }()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return "", usageError(i18n.CheckErrReadFile.Format(a.lang, diagnose.Clean(path), i18n.ErrorCauseIn(a.lang, err)))
	}
	if int64(len(data)) > limit {
		return "", usageError(tooLarge)
	}
	return strings.TrimSpace(string(data)), nil
}
