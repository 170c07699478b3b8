#pragma once
// Block: a run of the page text that import found as one unit (a run of non-blank lines, or for
// line-per-line OCR a group of lines found from indentation and sentence ends).
// Blocks are numbered from 1 in page order, as in the gold files (`block_numbering`).
#include "Role.h"
#include "TextSpan.h"

#include <QStringList>

namespace galley {

struct Block {
    int number = 0;       ///< 1-based, page order
    TextSpan span;        ///< UTF-16 units of Page::text(); trailing white space excluded
    Role role = Role::Unknown;
    double confidence = 0; ///< 0..1, of the role
    QStringList reasons;  ///< human-readable, why the role was chosen
};

} // namespace galley
