// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SegmentationScore: how far a page's article segmentation is from its gold — the measures of the
// shared scorer `tools/score-segmentation.py` (see ../shared/dev-pages/README.md), computed the same
// way so that both give the same figures:
//   - pairwise same-article f1 over all pairs of gold fragments (a gold fragment belongs to the
//     predicted article whose pieces overlap it most, the first such article on a tie, none without
//     overlap; a pair counts as "same" in the prediction only when both have the same article);
//   - headline matches: gold articles whose home (the predicted article holding most of their
//     fragments' code points, the first one met in gold order on a tie) has exactly the gold headline,
//     white space ignored;
//   - body character error rate: Levenshtein distance over code points between each gold article's
//     body and its home's body (paragraphs joined, white space removed), capped at the gold length,
//     summed over the page and divided by the gold body length (1.0 on a page with no gold body);
//   - article counts, and editor ops: a lower bound on review-desk operations (moves, splits,
//     headline fixes) from the prediction to the gold.
// "White space" is what Python's str.isspace() calls white space, so that both agree character for
// character.
//
// Gold format (../shared/pages/README.md): {"articles": [{"headline", "paragraphs": [{"text",
// "blocks"}], "headline_block"?, "kicker_block"?, "byline_block"?, "extras"?: [{"block"}],
// "fragments"?: [{"start", "end", "role"}]}], "split_markers"?: {"NN": "marker"}}. An article with
// "fragments" is scored on them (Unicode code point offsets into the page text, end exclusive);
// otherwise on its block ids: runs of non-blank lines numbered from 1, a block NN split at its marker
// into NNa and NNb.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>
#include <utility>

namespace galley {

class ReviewDocument;

/// One predicted article, as `galley segment --format json` prints it.
struct PredictedArticle {
    QString headline;
    QStringList paragraphs;
    /// [start, end) of every piece the article uses, Unicode code points into the page text.
    QList<std::pair<qsizetype, qsizetype>> spans;
};

/// A page's gold: its articles and the fragments scored.
struct SegmentationGold {
    struct Fragment {
        QString id;        ///< "3", "12a" (a block) or "2/5" (an article's 5th fragment), as the scorer names them
        qsizetype start;   ///< Unicode code points into the page text
        qsizetype end;     ///< exclusive
        int article;       ///< index into articles
    };
    struct Article {
        QString headline;  ///< as in the gold file
        QString body;      ///< the paragraphs' texts joined
    };
    QList<Article> articles;
    QList<Fragment> fragments; ///< in the order the gold names them
};

/// The figures for one page.
struct PageScore {
    double pairwiseF1 = 0, precision = 0, recall = 0;
    int headlinesMatched = 0;
    int goldArticles = 0;
    int predictedArticles = 0;
    double bodyCer = 1.0;
    qint64 bodyErrors = 0; ///< summed capped edit distance, code points
    qint64 bodyChars = 0;  ///< summed gold body length, code points (white space removed)
    int editorOps = 0;
    double headlineAccuracy() const { return goldArticles ? double(headlinesMatched) / goldArticles : 0.0; }
};

class SegmentationScore {
public:
    /// Reads gold JSON for a page whose decoded text is pageText. False with *error (no file name;
    /// the caller adds it) on malformed JSON, a missing "articles" array, or a block id or split marker
    /// the page does not have.
    static bool readGold(const QByteArray &json, const QString &pageText, SegmentationGold *gold, QString *error);
    /// The document's articles as the JSON output carries them (headline, paragraphs, piece spans).
    static QList<PredictedArticle> predicted(const ReviewDocument &document);
    /// The figures for one page. Linear in the fragments and pieces except the body edit distance
    /// (length of gold body × length of predicted body per article).
    static PageScore score(const SegmentationGold &gold, const QList<PredictedArticle> &predicted);

    /// Whether c is white space as Python's str.isspace() says.
    static bool isPythonSpace(char32_t c);
    /// Text with all such white space removed, as code points.
    static std::u32string squash(QStringView text);
    /// Levenshtein distance over code points.
    static qsizetype levenshtein(const std::u32string &a, const std::u32string &b);
};

} // namespace galley
