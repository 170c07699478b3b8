// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiResources.h"

#include <QtGlobal>

static void initGalleyQrc()
{
    Q_INIT_RESOURCE(galley);
}

namespace galley {

void ensureUiResources()
{
    static const bool done = [] {
        initGalleyQrc();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace galley
