// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayoutScore.h"

#include "model/ReviewDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <set>

namespace galley {

namespace {

double rounded(double v)
{
    return qRound64(v * 100) / 100.0;
}

QString squashed(const QString &s)
{
    QString out;
    for (QChar c : s)
        if (!c.isSpace())
            out += c;
    return out;
}

struct Fit {
    double f1 = 0, precision = 0, recall = 0;
};

Fit pairwise(const QList<int> &goldArticle, const QList<int> &predicted)
{
    qint64 tp = 0, fp = 0, fn = 0;
    for (int i = 0; i < goldArticle.size(); ++i) {
        for (int j = i + 1; j < goldArticle.size(); ++j) {
            const bool g = goldArticle[i] == goldArticle[j];
            const bool q = predicted[i] >= 0 && predicted[i] == predicted[j];
            tp += g && q;
            fp += !g && q;
            fn += g && !q;
        }
    }
    Fit f;
    if (tp) {
        f.f1 = 2.0 * double(tp) / double(2 * tp + fp + fn);
        f.precision = double(tp) / double(tp + fp);
        f.recall = double(tp) / double(tp + fn);
    }
    return f;
}

} // namespace

bool LayoutScore::readGold(const QByteArray &json, LayoutGold *gold, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    const QJsonObject o = doc.object();
    if (!o.value(QStringLiteral("lines")).isArray()) {
        *error = QStringLiteral("no \"lines\" array (not a layout gold)");
        return false;
    }
    const QJsonArray size = o.value(QStringLiteral("page_size")).toArray();
    if (size.size() >= 2)
        gold->pageHeight = size[1].toDouble(gold->pageHeight);
    for (const QJsonValue &v : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        const QJsonArray b = l.value(QStringLiteral("bbox")).toArray();
        if (b.size() < 4) {
            *error = QStringLiteral("line %1 has no bbox").arg(gold->lines.size());
            return false;
        }
        LayoutGold::Line line;
        line.box = QRectF(QPointF(b[0].toDouble(), b[1].toDouble()), QPointF(b[2].toDouble(), b[3].toDouble()));
        line.article = l.value(QStringLiteral("article")).isDouble() ? l.value(QStringLiteral("article")).toInt() : -1;
        line.role = l.value(QStringLiteral("role")).toString();
        line.text = l.value(QStringLiteral("text")).toString();
        gold->lines.append(line);
    }
    return true;
}

PageScore LayoutScore::score(const LayoutGold &gold, const ReviewDocument &doc)
{
    const Page &page = doc.page();
    const Segmentation &seg = doc.segmentation();
    QList<std::pair<int, QRectF>> boxes; // (article, box) in article and piece order
    for (int a = 0; a < seg.articles.size(); ++a) {
        for (const Piece &p : seg.articles[a].pieces) {
            const QRectF b = page.boxOf(p.span);
            if (!b.isNull())
                boxes.append({a, QRectF(QPointF(rounded(b.left()), rounded(b.top())), QPointF(rounded(b.right()), rounded(b.bottom())))});
        }
    }
    QList<int> goldArticle;
    QList<QPointF> centres;
    for (const LayoutGold::Line &l : gold.lines) {
        if (l.article < 0)
            continue;
        goldArticle.append(l.article);
        centres.append(l.box.center());
    }
    Fit best;
    for (const bool flip : {false, true}) {
        QList<int> predicted;
        for (QPointF c : centres) {
            if (flip)
                c.setY(gold.pageHeight - c.y());
            int hit = -1;
            for (const auto &[article, box] : boxes) {
                if (box.left() <= c.x() && c.x() <= box.right() && box.top() <= c.y() && c.y() <= box.bottom()) {
                    hit = article;
                    break;
                }
            }
            predicted.append(hit);
        }
        const Fit f = pairwise(goldArticle, predicted);
        if (f.f1 > best.f1)
            best = f;
    }

    std::set<QString> predictedHeadlines;
    for (int a = 0; a < seg.articles.size(); ++a)
        predictedHeadlines.insert(squashed(doc.roleText(a, Role::Headline)));
    std::map<int, QString> goldHeadlines;
    for (const LayoutGold::Line &l : gold.lines)
        if (l.article >= 0 && l.role == u"headline")
            goldHeadlines[l.article] += l.text;
    PageScore s;
    s.pairwiseF1 = best.f1;
    s.precision = best.precision;
    s.recall = best.recall;
    s.goldArticles = int(goldHeadlines.size());
    for (const auto &[article, text] : goldHeadlines)
        s.headlinesMatched += predictedHeadlines.count(squashed(text)) ? 1 : 0;
    s.predictedArticles = int(seg.articles.size());
    s.bodyCer = 0;
    return s;
}

} // namespace galley
