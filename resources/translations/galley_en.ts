<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DeleteArticlesCommand</name>
    <message numerus="yes">
        <source>Delete %n article(s) (pieces to page furniture)</source>
        <translation>
            <numerusform>Delete %n article (pieces to page furniture)</numerusform>
            <numerusform>Delete %n articles (pieces to page furniture)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeArticlesCommand</name>
    <message numerus="yes">
        <source>Merge %n article(s)</source>
        <translation>
            <numerusform>Merge %n article</numerusform>
            <numerusform>Merge %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MovePiecesCommand</name>
    <message numerus="yes">
        <source>Move %n piece(s)</source>
        <translation>
            <numerusform>Move %n piece</numerusform>
            <numerusform>Move %n pieces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewArticleCommand</name>
    <message numerus="yes">
        <source>New article from %n piece(s)</source>
        <translation>
            <numerusform>New article from %n piece</numerusform>
            <numerusform>New article from %n pieces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaceAllCommand</name>
    <message numerus="yes">
        <source>Replace in %n piece(s)</source>
        <translation>
            <numerusform>Replace in %n piece</numerusform>
            <numerusform>Replace in %n pieces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResolveArticleFlagsCommand</name>
    <message numerus="yes">
        <source>Resolve %n flag(s) of an article</source>
        <translation>
            <numerusform>Resolve %n flag of an article</numerusform>
            <numerusform>Resolve %n flags of an article</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendToFurnitureCommand</name>
    <message numerus="yes">
        <source>Send %n piece(s) to page furniture</source>
        <translation>
            <numerusform>Send %n piece to page furniture</numerusform>
            <numerusform>Send %n pieces to page furniture</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetReviewStatusCommand</name>
    <message numerus="yes">
        <source>Mark %n article(s) as %1</source>
        <translation>
            <numerusform>Mark %n article as %1</numerusform>
            <numerusform>Mark %n articles as %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetRoleCommand</name>
    <message numerus="yes">
        <source>Set role of %n piece(s) to %1</source>
        <translation>
            <numerusform>Set role of %n piece to %1</numerusform>
            <numerusform>Set role of %n pieces to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ArticleEditor</name>
    <message numerus="yes">
        <source>… and %n more open flag(s) (F8 goes through them)</source>
        <translation>
            <numerusform>… and %n more open flag (F8 goes through them)</numerusform>
            <numerusform>… and %n more open flags (F8 goes through them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ArticleTreeModel</name>
    <message numerus="yes">
        <source>Page furniture (%n piece(s))</source>
        <translation>
            <numerusform>Page furniture (%n piece)</numerusform>
            <numerusform>Page furniture (%n pieces)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::CorrectionsPanel</name>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ExportDialog</name>
    <message numerus="yes">
        <source>%n file(s) already exist in %1:
%2

Replace them?</source>
        <translation>
            <numerusform>%n file already exists in %1:
%2

Replace them?</numerusform>
            <numerusform>%n files already exist in %1:
%2

Replace them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n file written to %1.</numerusform>
            <numerusform>%n files written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::FindReplacePanel</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n piece(s)</source>
        <translation>
            <numerusform>Replaced in %n piece</numerusform>
            <numerusform>Replaced in %n pieces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::MainWindow</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open flag(s)</source>
        <translation>
            <numerusform>%n open flag</numerusform>
            <numerusform>%n open flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) cut: select the piece to paste them after (or an article) and press %1</source>
        <translation>
            <numerusform>%n piece cut: select the piece to paste them after (or an article) and press %1</numerusform>
            <numerusform>%n pieces cut: select the piece to paste them after (or an article) and press %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked done with %n open flag(s) left — F8 goes through them.</source>
        <translation>
            <numerusform>Marked done with %n open flag left — F8 goes through them.</numerusform>
            <numerusform>Marked done with %n open flags left — F8 goes through them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ProjectController</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ArticleDiffView</name>
    <message numerus="yes">
        <source>Article %1 — %2: %n piece(s) corrected; struck through: the page's text, underlined: the correction.</source>
        <translation>
            <numerusform>Article %1 — %2: %n piece corrected; struck through: the page's text, underlined: the correction.</numerusform>
            <numerusform>Article %1 — %2: %n pieces corrected; struck through: the page's text, underlined: the correction.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::FindReplacePanel</name>
    <message numerus="yes">
        <source>Replaced 1 match; %n left</source>
        <translation>
            <numerusform>Replaced 1 match; %n left</numerusform>
            <numerusform>Replaced 1 match; %n left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::OcrErrorSeriesPanel</name>
    <message numerus="yes">
        <source>%n suspect(s)</source>
        <translation>
            <numerusform>%n suspect</numerusform>
            <numerusform>%n suspects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n form</numerusform>
            <numerusform>%n forms</numerusform>
        </translation>
    </message>
</context>
</TS>
