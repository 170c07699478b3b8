// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Exit codes of every galley subcommand (docs/galley.1, EXIT STATUS):
//   Ok (0)        everything asked for was done;
//   BadInput (1)  an input cannot be read or holds nothing to work on (a folder without pages, for
//                 galley evaluate one without a page beside its gold), or an output cannot be written;
//                 the message names the file or folder, and the other inputs are still done;
//   Usage (2)     the command line itself is wrong (unknown option or format, a missing argument);
//                 nothing is read.
namespace galley::cli {
enum ExitCode { Ok = 0, BadInput = 1, Usage = 2 };
}
