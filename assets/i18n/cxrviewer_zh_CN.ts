<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The language could not be saved: the settings folder cannot be written.</source>
        <translation>无法保存语言设置：设置文件夹不可写入。</translation>
    </message>
    <message>
        <source>The language will change when cxrviewer is restarted.</source>
        <translation>重新启动 cxrviewer 后将切换语言。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Chest X-ray images (*.png *.jpg *.jpeg *.dcm *.dicom *.dic)</source>
        <translation>胸部X线图像 (*.png *.jpg *.jpeg *.dcm *.dicom *.dic)</translation>
    </message>
    <message>
        <source>DICOM files (*.dcm *.dicom *.dic)</source>
        <translation>DICOM 文件 (*.dcm *.dicom *.dic)</translation>
    </message>
    <message>
        <source>Administration is not available in this version.</source>
        <translation>此版本不提供管理功能。</translation>
    </message>
    <message>
        <source>Choose an image in the worklist
to see it here with its heatmap</source>
        <translation>在工作列表中选择一张图像，
即可在此处查看其热力图</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>复核(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open one or more chest X-ray images</source>
        <translation>打开一张或多张胸部X线图像</translation>
    </message>
    <message>
        <source>Screen &amp;folder…</source>
        <translation>筛查文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Screen every chest X-ray in a folder and list them by abnormality score</source>
        <translation>筛查文件夹中的所有胸部X线图像，并按异常评分排序</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole image</source>
        <translation>显示整张图像</translation>
    </message>
    <message>
        <source>Show/hide &amp;heatmap</source>
        <translation>显示/隐藏热力图(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next image</source>
        <translation>下一张图像(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous image</source>
        <translation>上一张图像(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>管理(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;About cxrviewer</source>
        <translation>关于 cxrviewer(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Model not loaded</source>
        <translation>模型未加载</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Model ready: {model}</source>
        <translation>模型就绪：{model}</translation>
    </message>
    <message>
        <source>Review threshold {threshold}; loaded from {folder}</source>
        <translation>复核阈值 {threshold}；加载自 {folder}</translation>
    </message>
    <message>
        <source>The new model could not be loaded: {reason} Still using {model}.</source>
        <translation>无法加载新模型：{reason} 仍在使用 {model}。</translation>
    </message>
    <message>
        <source>No model: viewing only</source>
        <translation>无模型：仅可查看</translation>
    </message>
    <message>
        <source>{reason} Images can still be viewed, but no scores are shown.</source>
        <translation>{reason} 仍可查看图像，但不显示评分。</translation>
    </message>
    <message>
        <source>Open chest X-rays</source>
        <translation>打开胸部X线图像</translation>
    </message>
    <message>
        <source>No image files found.</source>
        <translation>未找到图像文件。</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>This file cannot be shown.
The reason is given on the right.</source>
        <translation>无法显示此文件。
原因见右侧。</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Screen a folder of chest X-rays</source>
        <translation>筛查一个胸部X线图像文件夹</translation>
    </message>
    <message>
        <source>One folder is screened at a time: screening {folder}. Drop the others once it has finished.</source>
        <translation>一次只能筛查一个文件夹：正在筛查 {folder}。完成后再拖入其他文件夹。</translation>
    </message>
    <message>
        <source>cxrviewer closed unexpectedly last time. A technical report was saved to {report}. If this happens again, please send that file to your administrator.</source>
        <translation>cxrviewer 上次意外关闭。技术报告已保存到 {report}。如果再次发生，请将该文件发送给管理员。</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Administration could not be opened. The details were written to the log.</source>
        <translation>无法打开管理功能。详细信息已写入日志。</translation>
    </message>
    <message>
        <source> (set by your administrator)</source>
        <translation>（由管理员设置）</translation>
    </message>
    <message>
        <source>Model: {model}&lt;br&gt;Review threshold: {threshold}{overridden}</source>
        <translation>模型：{model}&lt;br&gt;复核阈值：{threshold}{overridden}</translation>
    </message>
    <message>
        <source>Model: not loaded</source>
        <translation>模型：未加载</translation>
    </message>
    <message>
        <source>Chest X-ray screening support.</source>
        <translation>胸部X线筛查辅助工具。</translation>
    </message>
    <message>
        <source>About cxrviewer</source>
        <translation>关于 cxrviewer</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>For screening support; not a diagnosis.</source>
        <translation>仅供筛查辅助，不构成诊断。</translation>
    </message>
    <message>
        <source>Review recommended</source>
        <translation>建议复核</translation>
    </message>
    <message>
        <source>Below review threshold</source>
        <translation>低于复核阈值</translation>
    </message>
    <message>
        <source>The score is at or above the review threshold. Please review this image.</source>
        <translation>评分达到或超过复核阈值。请复核此图像。</translation>
    </message>
    <message>
        <source>A score below the threshold does not rule out disease.</source>
        <translation>评分低于阈值并不能排除疾病。</translation>
    </message>
    <message>
        <source>Brighter colours mark the areas that most influenced the score.</source>
        <translation>颜色越亮的区域对评分的影响越大。</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Not readable</source>
        <translation>无法判读</translation>
    </message>
    <message>
        <source>No score: read this image manually</source>
        <translation>无评分：请人工判读此图像</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>尚未复核</translation>
    </message>
    <message>
        <source>Reviewer: asked at your first decision</source>
        <translation>复核人：在您第一次作出判定时询问</translation>
    </message>
    <message>
        <source>Reviewed: {decision} by {reviewer}, {when}</source>
        <translation>已复核：{decision}，复核人 {reviewer}，{when}</translation>
    </message>
    <message>
        <source>Differs from the model: it flagged this image “{flag}”.</source>
        <translation>与模型不一致：模型将此图像标记为“{flag}”。</translation>
    </message>
    <message>
        <source>Differs from the model: its score is below the review threshold.</source>
        <translation>与模型不一致：模型评分低于复核阈值。</translation>
    </message>
    <message>
        <source>No image open.
Open a chest X-ray to see its abnormality score.</source>
        <translation>未打开图像。
打开一张胸部X线图像以查看其异常评分。</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>Abnormality score</source>
        <translation>异常评分</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Show where the model looked (H)</source>
        <translation>显示模型关注的区域 (H)</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>热力图不透明度</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Caution: {caution}</source>
        <translation>注意：{caution}</translation>
    </message>
    <message>
        <source>set by your administrator</source>
        <translation>由管理员设置</translation>
    </message>
    <message>
        <source>from the model card</source>
        <translation>来自模型说明卡</translation>
    </message>
    <message>
        <source>Review threshold: {threshold} ({source})</source>
        <translation>复核阈值：{threshold}（{source}）</translation>
    </message>
    <message>
        <source>Model: {name} {version}</source>
        <translation>模型：{name} {version}</translation>
    </message>
    <message>
        <source>This image could not be analysed</source>
        <translation>无法分析此图像</translation>
    </message>
</context>
<context>
    <name>ReviewBox</name>
    <message>
        <source>Your decision</source>
        <translation>您的判定</translation>
    </message>
    <message>
        <source>keys A · N · U</source>
        <translation>按键 A · N · U</translation>
    </message>
    <message>
        <source>Record “{decision}” for this image ({key})</source>
        <translation>为此图像记录“{decision}”（{key}）</translation>
    </message>
    <message>
        <source>Note (optional): type it, then choose</source>
        <translation>备注（可选）：先输入，再选择</translation>
    </message>
    <message>
        <source>Note saved with the decision</source>
        <translation>与判定一起保存的备注</translation>
    </message>
    <message>
        <source>Change reviewer…</source>
        <translation>更换复核人…</translation>
    </message>
    <message>
        <source>Choose who is reviewing (asked once per session)</source>
        <translation>选择复核人（每次会话询问一次）</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <source>Every decision recorded for this image, corrections included</source>
        <translation>此图像记录的所有判定，包括更正</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>History ({count})…</source>
        <translation>历史记录（{count}）…</translation>
    </message>
    <message>
        <source>Reviewer: {name}</source>
        <translation>复核人：{name}</translation>
    </message>
</context>
<context>
    <name>ScoreBar</name>
    <message>
        <source>score {score}, review threshold {threshold}</source>
        <translation>评分 {score}，复核阈值 {threshold}</translation>
    </message>
</context>
</TS>
