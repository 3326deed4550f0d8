package main

import "golang.org/x/sys/unix"

// unreadInput is how many bytes a terminal's input holds unread.
func unreadInput(fd uintptr) (int, error) { return unix.IoctlGetInt(int(fd), unix.TIOCINQ) }
