// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// EditCommandIds: the QUndoCommand::id() values of the edit commands that merge consecutive edits
// (typing in one piece or one headline field becomes one undo step). Other commands use -1.
namespace galley::EditCommandIds {

constexpr int CorrectText = 0x4761'0001;
constexpr int SetRoleText = 0x4761'0002;

} // namespace galley::EditCommandIds
