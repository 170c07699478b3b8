<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChineseConverter</name>
    <message>
        <source>No conversion</source>
        <translation>不转换</translation>
    </message>
    <message>
        <source>Simplified → Traditional</source>
        <translation>简体 → 繁体</translation>
    </message>
    <message>
        <source>Traditional → Simplified</source>
        <translation>繁体 → 简体</translation>
    </message>
    <message>
        <source>Simplified → Traditional (Taiwan)</source>
        <translation>简体 → 繁体（台湾）</translation>
    </message>
    <message>
        <source>Simplified → Traditional (Hong Kong)</source>
        <translation>简体 → 繁体（香港）</translation>
    </message>
    <message>
        <source>Traditional (Taiwan) → Simplified</source>
        <translation>繁体（台湾）→ 简体</translation>
    </message>
    <message>
        <source>Traditional (Hong Kong) → Simplified</source>
        <translation>繁体（香港）→ 简体</translation>
    </message>
</context>
<context>
    <name>CorrectTextCommand</name>
    <message>
        <source>Correct text</source>
        <translation>校正文字</translation>
    </message>
    <message>
        <source>Revert correction</source>
        <translation>撤销校正</translation>
    </message>
</context>
<context>
    <name>CorrectionList</name>
    <message>
        <source>Revert correction</source>
        <translation>撤销校正</translation>
    </message>
</context>
<context>
    <name>DeleteArticlesCommand</name>
    <message numerus="yes">
        <source>Delete %n article(s) (pieces to page furniture)</source>
        <translation>
            <numerusform>删除 %n 篇文章（片段移入版面元素）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentLoader</name>
    <message>
        <source>%1: no page found</source>
        <translation>%1：未找到版面</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>NITF 3.6 XML</source>
        <translation>NITF 3.6 XML</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument 文本 (ODT)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>ALTO 4 XML with METS articles</source>
        <translation>ALTO 4 XML（附 METS 文章）</translation>
    </message>
    <message>
        <source>PAGE XML 2019</source>
        <translation>PAGE XML 2019</translation>
    </message>
</context>
<context>
    <name>JoinBlockPiecesCommand</name>
    <message>
        <source>Join block fragments</source>
        <translation>合并文本块片段</translation>
    </message>
</context>
<context>
    <name>LinkArticlesCommand</name>
    <message>
        <source>Link articles across pages</source>
        <translation>跨版连接文章</translation>
    </message>
</context>
<context>
    <name>MakeHeadlineCommand</name>
    <message>
        <source>Make headline</source>
        <translation>设为标题</translation>
    </message>
</context>
<context>
    <name>MergeArticlesCommand</name>
    <message numerus="yes">
        <source>Merge %n article(s)</source>
        <translation>
            <numerusform>合并 %n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MovePiecesCommand</name>
    <message numerus="yes">
        <source>Move %n piece(s)</source>
        <translation>
            <numerusform>移动 %n 个片段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewArticleCommand</name>
    <message numerus="yes">
        <source>New article from %n piece(s)</source>
        <translation>
            <numerusform>用 %n 个片段新建文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderPiecesByPageCommand</name>
    <message>
        <source>Order pieces by page position</source>
        <translation>按版面位置排列片段</translation>
    </message>
</context>
<context>
    <name>PageImageLoader</name>
    <message>
        <source>%1: cannot read the page image: %2</source>
        <translation>%1：无法读取版面图像：%2</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged or not a PDF)</source>
        <translation>不是可读的 PDF（已损坏或并非 PDF）</translation>
    </message>
    <message>
        <source>the PDF is encrypted</source>
        <translation>该 PDF 已加密</translation>
    </message>
    <message>
        <source>the PDF has no page %1</source>
        <translation>该 PDF 没有第 %1 页</translation>
    </message>
    <message>
        <source>page %1 has no size</source>
        <translation>第 %1 页没有尺寸</translation>
    </message>
    <message>
        <source>poppler could not render page %1</source>
        <translation>poppler 无法渲染第 %1 页</translation>
    </message>
    <message>
        <source>not an image Qt can read (%1)</source>
        <translation>不是 Qt 能读取的图像（%1）</translation>
    </message>
    <message>
        <source>No page image: the page is text only</source>
        <translation>无版面图像：该版面只有文本</translation>
    </message>
</context>
<context>
    <name>PageImageSource</name>
    <message>
        <source>No page image: the page was not read from a file</source>
        <translation>无版面图像：该版面不是从文件读入的</translation>
    </message>
    <message>
        <source>No page image: the PDF %1 is not there any more</source>
        <translation>无版面图像：PDF 文件 %1 已不在原处</translation>
    </message>
    <message>
        <source>No page image: %1 names no scan, and none with its name (%2) is in %3</source>
        <translation>无版面图像：%1 未指明扫描图像，%3 中也没有与它同名的图像（%2）</translation>
    </message>
    <message>
        <source>No page image: the scan %1 named by %2 is not in %3</source>
        <translation>无版面图像：%2 指明的扫描图像 %1 不在 %3 中</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>未知类型“%1”</translation>
    </message>
    <message>
        <source>span %1..%2 lies outside the page text (%3 code points)</source>
        <translation>范围 %1..%2 超出了版面文字（共 %3 个码位）</translation>
    </message>
    <message>
        <source>no block %1 on the page</source>
        <translation>版面上没有文本块 %1</translation>
    </message>
    <message>
        <source>piece id %1 is used twice</source>
        <translation>片段编号 %1 重复使用</translation>
    </message>
    <message>
        <source>the page text does not match its recorded SHA-256 (text_sha256): the file is damaged or was edited by hand</source>
        <translation>版面文字与记录的 SHA-256（text_sha256）不符：文件已损坏或被手工修改过</translation>
    </message>
    <message>
        <source>blocks are not in page order</source>
        <translation>文本块未按版面顺序排列</translation>
    </message>
    <message>
        <source>unknown review status &quot;%1&quot;</source>
        <translation>未知审校状态“%1”</translation>
    </message>
    <message>
        <source>article id %1 is used twice</source>
        <translation>文章编号 %1 重复使用</translation>
    </message>
    <message>
        <source>the key must be a piece id</source>
        <translation>键必须是片段编号</translation>
    </message>
    <message>
        <source>%1: %2: no piece %3; its correction was dropped</source>
        <translation>%1：%2：没有片段 %3，其校正已舍弃</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>%1: version: expected a whole number</source>
        <translation>%1：version：应为整数</translation>
    </message>
    <message>
        <source>%1 was saved by a newer Galley in project format %2, which this Galley (format %3) cannot read. Open it with Galley %4 or newer.</source>
        <translation>%1 由较新版本的 Galley 以项目格式 %2 保存，本版 Galley（格式 %3）无法读取。请用 Galley %4 或更新版本打开。</translation>
    </message>
    <message>
        <source>of that format</source>
        <translation>（支持该格式的版本）</translation>
    </message>
    <message>
        <source>%1 was saved by a newer Galley (project format %2; this Galley writes format %3). Fields this version does not know are kept when you save, but what they describe is not shown here.</source>
        <translation>%1 由较新版本的 Galley 保存（项目格式 %2；本版写入格式 %3）。保存时会保留本版不认识的字段，但其内容不会在这里显示。</translation>
    </message>
    <message>
        <source>%1 was converted from project format %2 to format %3; saving writes format %3.</source>
        <translation>%1 已从项目格式 %2 转换为格式 %3；保存时将写入格式 %3。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. The file on disk was not changed.</source>
        <translation>无法保存 %1：%2。磁盘上的文件未被改动。</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>没有文件名</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Galley project</source>
        <translation>%1：文件为空，不是 Galley 项目</translation>
    </message>
    <message>
        <source>%1: %2 (byte %3): not valid JSON: %4 — the file is damaged or not a Galley project</source>
        <translation>%1：%2（第 %3 字节）：不是有效的 JSON：%4——文件已损坏或不是 Galley 项目</translation>
    </message>
    <message>
        <source>%1: not a Galley project (the JSON is not an object)</source>
        <translation>%1：不是 Galley 项目（JSON 不是对象）</translation>
    </message>
    <message>
        <source>%1: not a Galley project (no &quot;format&quot;: &quot;%2&quot;)</source>
        <translation>%1：不是 Galley 项目（没有 &quot;format&quot;: &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: is a folder, not a project file</source>
        <translation>%1：是文件夹，不是项目文件</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a Galley project</source>
        <translation>%1：%2 字节，作为 Galley 项目过大</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>The source page %1 changed on disk since it was imported into this project. Galley keeps working on the page saved in the project.</source>
        <translation>源版面 %1 在导入本项目后已在磁盘上被修改。Galley 将继续使用项目中保存的版面。</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 超出范围（%2 至 %3）</translation>
    </message>
    <message>
        <source>piece id %1 is out of range (0 to %2)</source>
        <translation>片段编号 %1 超出范围（0 至 %2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are both corrections of piece %3; keep the right one and remove the other, then open the project again</source>
        <translation>“%1”和“%2”都是片段 %3 的更正；请保留正确的一条、删除另一条，然后重新打开项目</translation>
    </message>
    <message>
        <source>expected a box [x0, y0, x1, y1] with x0 &lt;= x1 and y0 &lt;= y1</source>
        <translation>应为方框 [x0, y0, x1, y1]，且 x0 &lt;= x1、y0 &lt;= y1</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (pt, pixel, mm10 or inch1200)</source>
        <translation>未知单位“%1”（应为 pt、pixel、mm10 或 inch1200）</translation>
    </message>
    <message>
        <source>expected [width, height], two numbers &gt;= 0</source>
        <translation>应为 [宽, 高]，两个不小于 0 的数</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的数字</translation>
    </message>
    <message>
        <source>printed pages are not in page order</source>
        <translation>版面未按页序排列</translation>
    </message>
    <message>
        <source>%1: not a regular file (a device, FIFO or socket), not a project file</source>
        <translation>%1：不是普通文件（设备、FIFO 或套接字），不是项目文件</translation>
    </message>
    <message>
        <source>The source page %1 is not a regular file (a device, FIFO or folder); Galley did not read it and works on the page saved in the project.</source>
        <translation>源页面 %1 不是普通文件（设备、FIFO 或文件夹）；Galley 未读取它，使用项目中保存的页面。</translation>
    </message>
</context>
<context>
    <name>RecoveredChangesCommand</name>
    <message>
        <source>Recover unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>Untitled page</source>
        <translation>未命名版面</translation>
    </message>
</context>
<context>
    <name>ReorderPieceCommand</name>
    <message>
        <source>Move piece up</source>
        <translation>上移片段</translation>
    </message>
    <message>
        <source>Move piece down</source>
        <translation>下移片段</translation>
    </message>
</context>
<context>
    <name>ReplaceAllCommand</name>
    <message numerus="yes">
        <source>Replace in %n piece(s)</source>
        <translation>
            <numerusform>在 %n 个片段中替换</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResolveArticleFlagsCommand</name>
    <message numerus="yes">
        <source>Resolve %n flag(s) of an article</source>
        <translation>
            <numerusform>解决一篇文章的 %n 个疑点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResolveFlagCommand</name>
    <message>
        <source>Resolve flag</source>
        <translation>解决疑点</translation>
    </message>
    <message>
        <source>Reopen flag</source>
        <translation>重新打开疑点</translation>
    </message>
</context>
<context>
    <name>ReviewStatus</name>
    <message>
        <source>Unreviewed</source>
        <translation>未审校</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审校中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Dateline / lead</source>
        <translation>电头 / 导语</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>图片署名</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Table title</source>
        <translation>表题</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Jump line</source>
        <translation>转版提示</translation>
    </message>
    <message>
        <source>Page furniture</source>
        <translation>版面元素</translation>
    </message>
</context>
<context>
    <name>RoleGutterLabel</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>subheadline</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>导语</translation>
    </message>
    <message>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>图说</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>图片署名</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>table-title</source>
        <translation>表题</translation>
    </message>
    <message>
        <source>note</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>jump-line</source>
        <translation>转版</translation>
    </message>
    <message>
        <source>furniture</source>
        <translation>版面</translation>
    </message>
</context>
<context>
    <name>RoleIconLetter</name>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>H</source>
        <translation>标</translation>
    </message>
    <message>
        <source>SH</source>
        <translation>副</translation>
    </message>
    <message>
        <source>K</source>
        <translation>引</translation>
    </message>
    <message>
        <source>By</source>
        <translation>署</translation>
    </message>
    <message>
        <source>L</source>
        <translation>导</translation>
    </message>
    <message>
        <source>B</source>
        <translation>正</translation>
    </message>
    <message>
        <source>Ca</source>
        <translation>图</translation>
    </message>
    <message>
        <source>Cr</source>
        <translation>摄</translation>
    </message>
    <message>
        <source>T</source>
        <translation>表</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>题</translation>
    </message>
    <message>
        <source>N</source>
        <translation>注</translation>
    </message>
    <message>
        <source>J</source>
        <translation>转</translation>
    </message>
    <message>
        <source>F</source>
        <translation>版</translation>
    </message>
</context>
<context>
    <name>SendToFurnitureCommand</name>
    <message numerus="yes">
        <source>Send %n piece(s) to page furniture</source>
        <translation>
            <numerusform>将 %n 个片段移入版面元素</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetParagraphJoinCommand</name>
    <message>
        <source>Join to previous paragraph</source>
        <translation>接续上一段</translation>
    </message>
    <message>
        <source>Break paragraph</source>
        <translation>另起一段</translation>
    </message>
</context>
<context>
    <name>SetReviewStatusCommand</name>
    <message numerus="yes">
        <source>Mark %n article(s) as %1</source>
        <translation>
            <numerusform>将 %n 篇文章标记为“%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetRoleCommand</name>
    <message numerus="yes">
        <source>Set role of %n piece(s) to %1</source>
        <translation>
            <numerusform>将 %n 个片段的类型设为“%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetRoleTextCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>added by the editor</source>
        <translation>由编辑添加</translation>
    </message>
</context>
<context>
    <name>SplitArticleCommand</name>
    <message>
        <source>Split article</source>
        <translation>拆分文章</translation>
    </message>
</context>
<context>
    <name>SplitBlockCommand</name>
    <message>
        <source>Split block</source>
        <translation>拆分文本块</translation>
    </message>
</context>
<context>
    <name>SwapHeadlinesCommand</name>
    <message>
        <source>Swap headlines</source>
        <translation>互换标题</translation>
    </message>
</context>
<context>
    <name>TextSearch</name>
    <message>
        <source>Nothing to search for</source>
        <translation>没有要查找的内容</translation>
    </message>
    <message>
        <source>Invalid regular expression at position %1: %2</source>
        <translation>正则表达式在位置 %1 处无效：%2</translation>
    </message>
</context>
<context>
    <name>UnlinkArticleCommand</name>
    <message>
        <source>Unlink article parts on other pages</source>
        <translation>断开其他版面上的文章部分</translation>
    </message>
</context>
<context>
    <name>galley</name>
    <message>
        <source>reads as a headline (%1)</source>
        <translation>读作标题（%1）</translation>
    </message>
    <message>
        <source>reads as a kicker above a headline (%1)</source>
        <translation>读作标题上方的引题（%1）</translation>
    </message>
    <message>
        <source>reads as a subheadline (%1)</source>
        <translation>读作副题（%1）</translation>
    </message>
    <message>
        <source>reads as a byline (%1)</source>
        <translation>读作署名（%1）</translation>
    </message>
    <message>
        <source>reads as a photo caption (%1)</source>
        <translation>读作图片说明（%1）</translation>
    </message>
    <message>
        <source>reads as a photo or graphic credit (%1)</source>
        <translation>读作图片或图表来源（%1）</translation>
    </message>
    <message>
        <source>reads as a jump line to or from another page (%1)</source>
        <translation>读作转版提示（%1）</translation>
    </message>
    <message>
        <source>reads as page furniture (%1)</source>
        <translation>读作版面固定元素（%1）</translation>
    </message>
    <message>
        <source>news lead opening the text (%1)</source>
        <translation>开启正文的电头/导语（%1）</translation>
    </message>
    <message>
        <source>running text (%1)</source>
        <translation>正文（%1）</translation>
    </message>
    <message>
        <source>follows the text before it in reading order (%1)</source>
        <translation>按阅读顺序接续前文（%1）</translation>
    </message>
    <message>
        <source>No headline was found for this article.</source>
        <translation>未找到这篇文章的标题。</translation>
    </message>
    <message>
        <source>Joined to the text before on thin evidence (%1) — check it belongs here.</source>
        <translation>依据不足地接到前文（%1）——请核对是否属于此处。</translation>
    </message>
    <message>
        <source>jump head: names this story where it carries on after its jump line</source>
        <translation>转版标题：在转版行之后标明本文的接续之处</translation>
    </message>
    <message>
        <source>Put in this article on thin evidence (%1) — check it belongs here.</source>
        <translation>依据不足地归入这篇文章（%1）——请核对是否属于此处。</translation>
    </message>
    <message>
        <source>Ends mid-sentence; the rest may be on another page or elsewhere on this one.</source>
        <translation>在句中结束；其余部分可能在其他版面或本版其他位置。</translation>
    </message>
</context>
<context>
    <name>galley::ArticleAssembler</name>
    <message>
        <source>short line, but its sentence carries on in the next fragment</source>
        <translation>行很短，但句子在下一个片段中继续</translation>
    </message>
    <message>
        <source>display line near the headline, matching this article (similarity %1)</source>
        <translation>标题附近的展示行，与本文相符（相似度 %1）</translation>
    </message>
    <message>
        <source>display line; %1 of its words found in this article&apos;s text</source>
        <translation>展示行；其中 %1 的词语出现在本文中</translation>
    </message>
    <message>
        <source>stood away from its article on the page (orphan headline matched by similarity)</source>
        <translation>在版面上远离其文章（按相似度匹配的孤立标题）</translation>
    </message>
    <message>
        <source>Headline found away from its article by text similarity — check it belongs here.</source>
        <translation>标题按文字相似度在远离文章处找到——请核对是否属于本文。</translation>
    </message>
    <message>
        <source>Headline shares little text with the article — check it belongs here.</source>
        <translation>标题与文章的共同文字很少——请核对是否属于本文。</translation>
    </message>
    <message>
        <source>display line after the headline</source>
        <translation>标题之后的展示行</translation>
    </message>
    <message>
        <source>Joined to the paragraph before on thin evidence: %1.</source>
        <translation>依据不足地接续了上一段：%1。</translation>
    </message>
    <message>
        <source>moved: it stands earlier on the page than the text it continues</source>
        <translation>已移动：它在版面上位于所接续文字之前</translation>
    </message>
    <message>
        <source>This block held two interleaved column fragments and was split — check the cut.</source>
        <translation>此文本块含有两栏交错的片段，已被拆分——请核对切分处。</translation>
    </message>
    <message>
        <source>Starts mid-sentence, but no fragment it continues was found on this page.</source>
        <translation>从句子中间开始，但本版面上未找到它所接续的片段。</translation>
    </message>
    <message>
        <source>Ends mid-sentence; the rest may be on another page or elsewhere on this one.</source>
        <translation>在句子中间结束；其余部分可能在其他版面或本版面其他位置。</translation>
    </message>
    <message>
        <source>No headline was found for this article.</source>
        <translation>未找到本文的标题。</translation>
    </message>
    <message>
        <source>display line matching no article</source>
        <translation>与任何文章都不相符的展示行</translation>
    </message>
</context>
<context>
    <name>galley::ArticleDiffView</name>
    <message>
        <source>Original and corrected text of the article</source>
        <translation>文章的原文与校正文本</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>No article chosen.</source>
        <translation>未选择文章。</translation>
    </message>
    <message numerus="yes">
        <source>Article %1 — %2: %n piece(s) corrected; struck through: the page&apos;s text, underlined: the correction.</source>
        <translation>
            <numerusform>第 %1 篇 — %2：%n 个片段已校正；删除线为版面原文，下划线为校正。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ArticleEditor</name>
    <message>
        <source>Article editor</source>
        <translation>文章编辑器</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Kicker:</source>
        <translation>引题(&amp;K)：</translation>
    </message>
    <message>
        <source>Hea&amp;dline:</source>
        <translation>标题(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;ubheadline:</source>
        <translation>副标题(&amp;U)：</translation>
    </message>
    <message>
        <source>B&amp;yline:</source>
        <translation>署名(&amp;Y)：</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>审校状态</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Open flags</source>
        <translation>未解决的疑点</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>正文(&amp;B)：</translation>
    </message>
    <message>
        <source>Article %1 of %2</source>
        <translation>第 %1 篇，共 %2 篇</translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>未选择文章</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more open flag(s) (F8 goes through them)</source>
        <translation>
            <numerusform>……另有 %n 个未解决疑点（按 F8 逐个查看）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ArticleTreeModel</name>
    <message numerus="yes">
        <source>Page furniture (%n piece(s))</source>
        <translation>
            <numerusform>版面元素（%n 个片段）</numerusform>
        </translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>文本块 %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Corrected by the editor</source>
        <translation>已由编辑校正</translation>
    </message>
    <message>
        <source>Article / piece</source>
        <translation>文章 / 片段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>疑点</translation>
    </message>
</context>
<context>
    <name>galley::Autosave</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Cannot autosave: the folder %1 cannot be created.</source>
        <translation>无法自动保存：无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot autosave: no permission to write in %1.</source>
        <translation>无法自动保存：没有在 %1 中写入的权限。</translation>
    </message>
    <message>
        <source>Cannot autosave: the recovery file %1 cannot be locked.</source>
        <translation>无法自动保存：恢复文件 %1 无法加锁。</translation>
    </message>
    <message>
        <source>Cannot autosave: too many recovery files for %1 in %2.</source>
        <translation>无法自动保存：%2 中 %1 的恢复文件过多。</translation>
    </message>
</context>
<context>
    <name>galley::Builder</name>
    <message>
        <source>printed in type %1 times the body size</source>
        <translation>字号为正文的 %1 倍</translation>
    </message>
    <message>
        <source>the largest title of its group</source>
        <translation>本组中最大的标题</translation>
    </message>
    <message>
        <source>reads as %1 from size and position (%2)</source>
        <translation>据字号和位置读作%1（%2）</translation>
    </message>
    <message>
        <source>below its head group in the page&apos;s columns (%1)</source>
        <translation>位于其标题组下方的栏中（%1）</translation>
    </message>
    <message>
        <source>no head group above it claims it (best %1)</source>
        <translation>上方没有标题组认领它（最佳 %1）</translation>
    </message>
    <message>
        <source>reads as %1 (%2)</source>
        <translation>读作%1（%2）</translation>
    </message>
</context>
<context>
    <name>galley::ContinuationLinker</name>
    <message>
        <source>first line runs the full column width: carries on a sentence</source>
        <translation>首行占满栏宽：接续一个句子</translation>
    </message>
    <message>
        <source>first line hardly indented</source>
        <translation>首行几乎没有缩进</translation>
    </message>
    <message>
        <source>follows right after the fragment it continues</source>
        <translation>紧跟在所接续的片段之后</translation>
    </message>
    <message>
        <source>a headline stands between (counts against)</source>
        <translation>中间隔着标题（不利于接续）</translation>
    </message>
    <message>
        <source>the news lead stands after the body it opens</source>
        <translation>导语位于它所引出的正文之后</translation>
    </message>
    <message>
        <source>a news lead cut mid-sentence must carry on nearby</source>
        <translation>在句中截断的导语必定在附近接续</translation>
    </message>
    <message>
        <source>the join makes a word (%1|%2)</source>
        <translation>接合处构成一个词（%1|%2）</translation>
    </message>
    <message>
        <source>a number carries on into its unit (%1|%2)</source>
        <translation>数字接续到其单位（%1|%2）</translation>
    </message>
    <message>
        <source>a word hyphenated at the line end carries on</source>
        <translation>行末以连字符断开的词在此接续</translation>
    </message>
    <message>
        <source>a quotation opened in one is closed in the other</source>
        <translation>一处开始的引文在另一处结束</translation>
    </message>
    <message>
        <source>same column width</source>
        <translation>栏宽相同</translation>
    </message>
    <message>
        <source>different column width (counts against)</source>
        <translation>栏宽不同（不利于接续）</translation>
    </message>
    <message>
        <source>one of two interleaved column fragments in one block</source>
        <translation>同一文本块中两个交错栏片段之一</translation>
    </message>
</context>
<context>
    <name>galley::CorrectionsPanel</name>
    <message>
        <source>Text corrections</source>
        <translation>文字校正</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Page text</source>
        <translation>版面原文</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>校正后</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>撤销(&amp;R)</translation>
    </message>
    <message>
        <source>Revert the selected correction</source>
        <translation>撤销所选校正</translation>
    </message>
    <message>
        <source>Back to the page text (one undo step)</source>
        <translation>恢复版面原文（一步撤销）</translation>
    </message>
    <message>
        <source>Number of corrections</source>
        <translation>校正数量</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>版面元素</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 «%2» · %3</source>
        <translation>%1「%2」· %3</translation>
    </message>
    <message>
        <source>(added by the editor)</source>
        <translation>（编辑添加）</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n 处校正</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ExportDialog</name>
    <message>
        <source>Export Articles</source>
        <translation>导出文章</translation>
    </message>
    <message>
        <source>One file per &amp;article</source>
        <translation>每篇文章一个文件(&amp;A)</translation>
    </message>
    <message>
        <source>One file for the whole &amp;page</source>
        <translation>整个版面一个文件(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repair line wraps</source>
        <translation>修复换行(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the spaces and line breaks that text extraction left at printed line ends.</source>
        <translation>去除文本提取时在印刷行末留下的空格和换行。</translation>
    </message>
    <message>
        <source>Restore Chinese &amp;punctuation</source>
        <translation>恢复中文标点(&amp;P)</translation>
    </message>
    <message>
        <source>Half-width , : ; ( ) ! ? and straight quotes in Chinese text become full-width marks and curly quotes (GB/T 15834). Numbers, times and Latin text stay as they are.</source>
        <translation>中文文字中的半角 , : ; ( ) ! ? 和直引号改为全角标点和弯引号（GB/T 15834）。数字、时间和拉丁文字保持不变。</translation>
    </message>
    <message>
        <source>Unicode &amp;NFC</source>
        <translation>Unicode &amp;NFC</translation>
    </message>
    <message>
        <source>Compose characters to Unicode Normalization Form C.</source>
        <translation>将字符合成为 Unicode 规范化形式 C。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Chinese:</source>
        <translation>中文(&amp;C)：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文字：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Files to &amp;write:</source>
        <translation>要写入的文件(&amp;W)：</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>预览(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>%1 — %2 bytes; its text:</source>
        <translation>%1 — %2 字节；其文字：</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Replace Files?</source>
        <translation>替换文件？</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in %1:
%2

Replace them?</source>
        <translation>
            <numerusform>%1 中已有 %n 个文件：
%2

要替换它们吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing exported: existing files kept.</source>
        <translation>未导出任何内容：已保留现有文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个文件写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 written, %2 failed:
%3</source>
        <translation>已写入 %1 个，失败 %2 个：
%3</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
</context>
<context>
    <name>galley::FindReplacePanel</name>
    <message>
        <source>Find and replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find in the corrected text</source>
        <translation>在校正后的文字中查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <source>Re&amp;place:</source>
        <translation>替换(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;gular expression</source>
        <translation>正则表达式(&amp;G)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Whole word</source>
        <translation>全词匹配(&amp;W)</translation>
    </message>
    <message>
        <source>Search scope</source>
        <translation>查找范围</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整个版面</translation>
    </message>
    <message>
        <source>Current article</source>
        <translation>当前文章</translation>
    </message>
    <message>
        <source>Matches and their replacement</source>
        <translation>匹配项及其替换结果</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>替换前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>替换后</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <source>Replace all matches</source>
        <translation>替换所有匹配项</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>无匹配</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n piece(s)</source>
        <translation>
            <numerusform>已在 %n 个片段中替换</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the selected match</source>
        <translation>替换所选匹配</translation>
    </message>
    <message>
        <source>Replace &amp;&amp; Find &amp;Next</source>
        <translation>替换并查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Replace the selected match and select the next</source>
        <translation>替换所选匹配并选中下一个</translation>
    </message>
    <message numerus="yes">
        <source>Replaced 1 match; %n left</source>
        <translation>
            <numerusform>已替换 1 处；剩余 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::LayoutSegmenter</name>
    <message>
        <source>No headline was found for this article.</source>
        <translation>未找到这篇文章的标题。</translation>
    </message>
    <message>
        <source>reads as page furniture (%1)</source>
        <translation>读作版面固定元素（%1）</translation>
    </message>
</context>
<context>
    <name>galley::MainWindow</name>
    <message>
        <source>Galley</source>
        <translation>Galley</translation>
    </message>
    <message>
        <source>Galley review desk</source>
        <translation>Galley 校对台</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在载入 %1…</translation>
    </message>
    <message>
        <source>Importing and segmenting %1…</source>
        <translation>正在导入并分割 %1…</translation>
    </message>
    <message>
        <source>Cannot open page</source>
        <translation>无法打开版面</translation>
    </message>
    <message>
        <source>Highlighting %p%</source>
        <translation>正在高亮 %p%</translation>
    </message>
    <message>
        <source>Articles and their pieces</source>
        <translation>文章及其片段</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>&lt;page as segmented&gt;</source>
        <translation>&lt;自动分割的版面&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>载入进度</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>替换(&amp;E)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;New Article from Selection</source>
        <translation>用所选内容新建文章(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Merge Articles</source>
        <translation>合并文章(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>S&amp;plit Article Before Piece</source>
        <translation>在片段前拆分文章(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Move to &amp;Article…</source>
        <translation>移至文章(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Move Piece &amp;Up</source>
        <translation>上移片段(&amp;U)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move Piece &amp;Down</source>
        <translation>下移片段(&amp;D)</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Join to Previous Paragraph</source>
        <translation>接续上一段(&amp;J)</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>&amp;Break Paragraph Here</source>
        <translation>在此另起一段(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>Split &amp;Block at Cursor</source>
        <translation>在光标处拆分文本块(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Re&amp;join Block Fragments</source>
        <translation>重新合并文本块片段(&amp;J)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+B</source>
        <translation>Ctrl+Alt+B</translation>
    </message>
    <message>
        <source>Make &amp;Headline</source>
        <translation>设为标题(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>S&amp;wap Headlines</source>
        <translation>互换标题(&amp;W)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+H</source>
        <translation>Ctrl+Alt+H</translation>
    </message>
    <message>
        <source>&amp;Edit Headline</source>
        <translation>编辑标题(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Correct Text…</source>
        <translation>校正文字(&amp;C)…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Re&amp;vert Correction</source>
        <translation>撤销校正(&amp;V)</translation>
    </message>
    <message>
        <source>Send to Page &amp;Furniture</source>
        <translation>移入版面元素(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Mark &amp;Unreviewed</source>
        <translation>标记为未审校(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <source>Mark &amp;In Review</source>
        <translation>标记为审校中(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+I</source>
        <translation>Ctrl+Alt+I</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>标记为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+D</source>
        <translation>Ctrl+Alt+D</translation>
    </message>
    <message>
        <source>Next &amp;Flagged Problem</source>
        <translation>下一个疑点(&amp;F)</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Pre&amp;vious Flagged Problem</source>
        <translation>上一个疑点(&amp;V)</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>Mark Flag &amp;Resolved</source>
        <translation>标记疑点已解决(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About Galley</source>
        <translation>关于 Galley(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>Set &amp;Role</source>
        <translation>设置类型(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审校(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1：无法读取</translation>
    </message>
    <message>
        <source>No page</source>
        <translation>没有版面</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reviewed</source>
        <translation>已审校 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open flag(s)</source>
        <translation>
            <numerusform>%n 个未解决疑点</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>没有可更改的内容</translation>
    </message>
    <message>
        <source>Select two or more articles to merge</source>
        <translation>请选择两篇或更多文章进行合并</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Move to Article</source>
        <translation>移至文章</translation>
    </message>
    <message>
        <source>Move the selected pieces to:</source>
        <translation>将所选片段移至：</translation>
    </message>
    <message>
        <source>Select exactly two articles to swap their headlines</source>
        <translation>请恰好选择两篇文章来互换标题</translation>
    </message>
    <message>
        <source>Correct Text</source>
        <translation>校正文字</translation>
    </message>
    <message>
        <source>Corrected text (the raw page stays as it is):</source>
        <translation>校正后的文字（原始版面保持不变）：</translation>
    </message>
    <message>
        <source>No open flags</source>
        <translation>没有未解决的疑点</translation>
    </message>
    <message>
        <source>About Galley</source>
        <translation>关于 Galley</translation>
    </message>
    <message>
        <source>Galley %1
A desk for correcting OCR&apos;d newspaper pages.</source>
        <translation>Galley %1
校对报纸版面 OCR 文字的工作台。</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>校正列表</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Backspace</source>
        <translation>Ctrl+Shift+Backspace</translation>
    </message>
    <message>
        <source>De&amp;lete Article</source>
        <translation>删除文章(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Order Pieces by Page Position</source>
        <translation>按版面位置排列片段(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <source>&amp;Corrections List</source>
        <translation>校正列表(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <source>Resolve All Flags of &amp;Article</source>
        <translation>解决本文全部疑点(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <source>Cu&amp;t Pieces</source>
        <translation>剪切片段(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Paste Pieces After Selection</source>
        <translation>将片段粘贴到所选之后(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) cut: select the piece to paste them after (or an article) and press %1</source>
        <translation>
            <numerusform>已剪切 %n 个片段：选中要粘贴到其后的片段（或一篇文章），再按 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing cut to paste: cut pieces with %1 first</source>
        <translation>没有可粘贴的片段：请先用 %1 剪切片段</translation>
    </message>
    <message numerus="yes">
        <source>Marked done with %n open flag(s) left — F8 goes through them.</source>
        <translation>
            <numerusform>已标记为完成，但仍有 %n 个未解决疑点——按 F8 逐一查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Page &amp;Image</source>
        <translation>版面图像(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Show the printed page (PDF page or scan) beside the raw text</source>
        <translation>在原始文本旁显示印刷版面（PDF 页面或扫描图像）</translation>
    </message>
    <message>
        <source>Configure &amp;Shortcuts…</source>
        <translation>配置快捷键(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Original ↔ Corrected</source>
        <translation>原文 ↔ 校正</translation>
    </message>
    <message>
        <source>Original ↔ &amp;Corrected View</source>
        <translation>原文 ↔ 校正对照(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+V</source>
        <translation>Ctrl+Alt+V</translation>
    </message>
    <message>
        <source>OCR Error Series</source>
        <translation>OCR 错误系列</translation>
    </message>
    <message>
        <source>OCR &amp;Error Series</source>
        <translation>OCR 错误系列(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+E</source>
        <translation>Ctrl+Alt+E</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>Printed page</source>
        <translation>印刷版面</translation>
    </message>
    <message>
        <source>&amp;Link Articles Across Pages</source>
        <translation>跨版连接文章(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>U&amp;nlink Parts on Other Pages</source>
        <translation>断开其他版面上的部分(&amp;N)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Page</source>
        <translation>下一版(&amp;X)</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>Pre&amp;vious Page</source>
        <translation>上一版(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Select the two parts of an article (two articles) to link them</source>
        <translation>选择一篇文章的两个部分（两篇文章）以连接它们</translation>
    </message>
    <message>
        <source>The article lies on one page: nothing to unlink</source>
        <translation>该文章只在一个版面上：无可断开</translation>
    </message>
    <message>
        <source>Page %1 (%2 of %3)</source>
        <translation>第 %1 版（%2/%3）</translation>
    </message>
    <message>
        <source>Stopped opening %1</source>
        <translation>已停止打开 %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop opening the file; the open document stays as it is.</source>
        <translation>停止打开该文件；已打开的文档保持不变。</translation>
    </message>
</context>
<context>
    <name>galley::OcrErrorSeriesPanel</name>
    <message>
        <source>OCR error series</source>
        <translation>OCR 错误系列</translation>
    </message>
    <message>
        <source>Suspect forms</source>
        <translation>可疑形式</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>可疑</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Occurrences of the suspect</source>
        <translation>可疑处的各次出现</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>替换为(&amp;W)：</translation>
    </message>
    <message>
        <source>Replacement for the checked occurrences</source>
        <translation>勾选各处的替换文本</translation>
    </message>
    <message>
        <source>Check A&amp;ll</source>
        <translation>全部勾选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Fix Checked</source>
        <translation>修正勾选项(&amp;F)</translation>
    </message>
    <message>
        <source> · Latin words checked against %1</source>
        <translation> · 拉丁文单词对照 %1 检查</translation>
    </message>
    <message>
        <source> · no word list installed (/usr/share/dict): Latin words are not checked</source>
        <translation> · 未安装词表（/usr/share/dict）：不检查拉丁文单词</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n suspect(s)</source>
        <translation>
            <numerusform>%n 处可疑</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n 种形式</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::PageImageView</name>
    <message>
        <source>Page image</source>
        <translation>版面图像</translation>
    </message>
    <message>
        <source>The printed page with each article&apos;s regions outlined in its colour; a click selects a piece</source>
        <translation>印刷版面，每篇文章的区域以其颜色勾出；单击即选中片段</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>适合整页</translation>
    </message>
    <message>
        <source>Zoom in on the page image (Ctrl+wheel)</source>
        <translation>放大版面图像（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom out of the page image (Ctrl+wheel)</source>
        <translation>缩小版面图像（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Loading the page image…</source>
        <translation>正在载入版面图像…</translation>
    </message>
    <message>
        <source>Page furniture</source>
        <translation>版面元素</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>文章 %1</translation>
    </message>
</context>
<context>
    <name>galley::PageNavigator</name>
    <message>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>No article starts on this page</source>
        <translation>本版没有文章开始</translation>
    </message>
</context>
<context>
    <name>galley::ParagraphEditor</name>
    <message>
        <source>Article body</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>The corrected body, one piece per line; typing corrects the piece</source>
        <translation>校正后的正文，每个片段一行；直接输入即可校正该片段</translation>
    </message>
    <message>
        <source>This piece has a correction: its text no longer follows the page, so it cannot be split. Split it on the raw page or revert the correction first.</source>
        <translation>此片段已有校正，文字与版面不再对应，无法拆分。请在原始版面上拆分，或先撤销校正。</translation>
    </message>
    <message>
        <source>Nothing to split here: the cursor is at the edge of the piece.</source>
        <translation>此处无可拆分：光标位于片段边缘。</translation>
    </message>
    <message>
        <source>OCR suspect: %1 → %2</source>
        <translation>疑似 OCR 错误：%1 → %2</translation>
    </message>
</context>
<context>
    <name>galley::ProjectController</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Galley</source>
        <translation>Galley</translation>
    </message>
    <message>
        <source>%1%2 — Galley</source>
        <extracomment>Window title: file name, &quot;*&quot; when modified, application name.</extracomment>
        <translation>%1%2 — Galley</translation>
    </message>
    <message>
        <source>Open Page or Project</source>
        <translation>打开版面或项目</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Cannot open page</source>
        <translation>无法打开版面</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>Cannot recover changes</source>
        <translation>无法恢复更改</translation>
    </message>
    <message>
        <source>The file is opened as it was last saved; the recovery file is kept.</source>
        <translation>文件将按上次保存的状态打开；恢复文件予以保留。</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to %1</source>
        <translation>已恢复 %1 未保存的更改</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>……另有 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Galley projects (*.galley)</source>
        <translation>Galley 项目 (*.galley)</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>关闭前是否保存对 %1 的更改？</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Galley closed before the changes to %1 were saved. They were autosaved on %2.</source>
        <translation>Galley 在保存对 %1 的更改之前关闭了。这些更改已于 %2 自动保存。</translation>
    </message>
    <message>
        <source>Recover opens the changes so that you can save them. Keep for Later asks again at the next start.</source>
        <translation>“恢复”会打开这些更改以便您保存。“稍后处理”会在下次启动时再次询问。</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Keep for Later</source>
        <translation>稍后处理</translation>
    </message>
    <message>
        <source>The recovery file is kept: %1</source>
        <translation>恢复文件已保留：%1</translation>
    </message>
    <message>
        <source>Recovered %1</source>
        <translation>已恢复 %1</translation>
    </message>
    <message>
        <source>Pages and projects (*.galley *.txt *.text *.pdf *.xml *.html *.hocr);;Galley projects (*.galley);;Text pages (*.txt *.text);;PDF, ALTO, METS, PAGE, hOCR (*.pdf *.xml *.html *.hocr);;All files (*)</source>
        <translation>页面和项目 (*.galley *.txt *.text *.pdf *.xml *.html *.hocr);;Galley 项目 (*.galley);;文本页面 (*.txt *.text);;PDF, ALTO, METS, PAGE, hOCR (*.pdf *.xml *.html *.hocr);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>galley::RawPageGutter</name>
    <message>
        <source>Block numbers and roles</source>
        <translation>文本块编号和类型</translation>
    </message>
</context>
<context>
    <name>galley::RawPageView</name>
    <message>
        <source>Raw page</source>
        <translation>原始版面</translation>
    </message>
    <message>
        <source>The page text as imported, read-only; each article&apos;s pieces carry its colour</source>
        <translation>导入时的版面文字，只读；每篇文章的片段以其颜色标出</translation>
    </message>
</context>
<context>
    <name>galley::RoleClassifier</name>
    <message>
        <source>tab-separated rows</source>
        <translation>以制表符分隔的行</translation>
    </message>
    <message>
        <source>starts like a note (备注:, Note:)</source>
        <translation>开头像注释（备注:、Note:）</translation>
    </message>
    <message>
        <source>jump line to or from another page</source>
        <translation>转至或转自其他版面的提示</translation>
    </message>
    <message>
        <source>folio or page number</source>
        <translation>报眉或版号</translation>
    </message>
    <message>
        <source>photo or graphic credit (摄, 制作, Photo by)</source>
        <translation>图片或图表署名（摄、制作、Photo by）</translation>
    </message>
    <message>
        <source>starts like a photo caption (▲, 图为, Above:)</source>
        <translation>开头像图片说明（▲、图为、Above:）</translation>
    </message>
    <message>
        <source>news lead / dateline opens the text</source>
        <translation>以导语 / 电头开篇</translation>
    </message>
    <message>
        <source>reporter&apos;s byline</source>
        <translation>记者署名</translation>
    </message>
    <message>
        <source>running text</source>
        <translation>连续正文</translation>
    </message>
    <message>
        <source>short title right above a table</source>
        <translation>表格正上方的短标题</translation>
    </message>
    <message>
        <source>short display line without sentence punctuation</source>
        <translation>没有句末标点的短展示行</translation>
    </message>
</context>
<context>
    <name>galley::ShortcutsDialog</name>
    <message>
        <source>%1 is taken by the system (it can end the session).</source>
        <translation>%1 由系统占用（可能结束会话）。</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation>%1 已是“%2”的快捷键。</translation>
    </message>
    <message>
        <source>Configure Shortcuts</source>
        <translation>配置快捷键</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>操作及其快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>快捷键(&amp;S)：</translation>
    </message>
    <message>
        <source>Shortcut of the selected action</source>
        <translation>所选操作的快捷键</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>默认(&amp;D)</translation>
    </message>
    <message>
        <source>Back to the shortcut Galley comes with</source>
        <translation>恢复 Galley 自带的快捷键</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>无(&amp;N)</translation>
    </message>
    <message>
        <source>Shortcut message</source>
        <translation>快捷键提示</translation>
    </message>
    <message>
        <source>Reset &amp;All</source>
        <translation>全部重置(&amp;A)</translation>
    </message>
    <message>
        <source>“%1” has no shortcut now.</source>
        <translation>“%1”现在没有快捷键。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Every shortcut is back to its default.</source>
        <translation>所有快捷键已恢复默认。</translation>
    </message>
</context>
</TS>
