// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Exit codes of every galley subcommand.
namespace galley::cli {
enum ExitCode { Ok = 0, BadInput = 1, Usage = 2 };
}
