#pragma once
// Exit codes of every galley subcommand.
namespace galley::cli {
enum ExitCode { Ok = 0, BadInput = 1, Usage = 2 };
}
