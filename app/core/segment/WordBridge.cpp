// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WordBridge.h"

#include "ScriptClass.h"

#include <QString>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>

namespace galley {

namespace {

icu::BreakIterator *wordIterator()
{
    thread_local std::unique_ptr<icu::BreakIterator> it = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
        if (U_FAILURE(status))
            bi.reset();
        return bi;
    }();
    return it.get();
}

const QString kMeasureChars = QStringLiteral("年月日时分秒点号个名家件台元万亿千百岁次位条项人所辆吨米度倍期届周");

} // namespace

WordBridge::Kind WordBridge::between(QStringView left, QStringView right)
{
    left = left.trimmed();
    right = right.trimmed();
    if (left.isEmpty() || right.isEmpty())
        return Kind::None;
    const char32_t a = script::codePointBefore(left, left.size());
    const char32_t b = script::codePointAt(right, 0);
    if (a == u'-' && left.size() >= 2 && left[left.size() - 2].isLetter() && QChar::isLower(b))
        return Kind::Hyphenation;
    if (QChar::isDigit(a) && b <= 0xFFFF && kMeasureChars.contains(QChar(char16_t(b))))
        return Kind::Number;
    if (!script::isHan(a) || !script::isHan(b))
        return Kind::None;
    icu::BreakIterator *it = wordIterator();
    if (!it)
        return Kind::None;
    // Four characters each side hold any Chinese word that crosses the join.
    const QStringView tail = left.right(4);
    const QStringView head = right.left(4);
    icu::UnicodeString us(int32_t(tail.size() + head.size()), 0, 0);
    us.append(reinterpret_cast<const UChar *>(tail.utf16()), int32_t(tail.size()));
    us.append(reinterpret_cast<const UChar *>(head.utf16()), int32_t(head.size()));
    it->setText(us);
    return it->isBoundary(int32_t(tail.size())) ? Kind::None : Kind::Word;
}

} // namespace galley
