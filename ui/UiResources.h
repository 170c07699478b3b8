// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ensureUiResources(): registers galley.qrc (icons, Galley's syntax definition, the sample page),
// which lives in the static library galley_ui and so needs Q_INIT_RESOURCE. Cheap after the first call.
namespace galley {
void ensureUiResources();
} // namespace galley
