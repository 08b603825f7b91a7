<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdaptTab</name>
    <message>
        <source>Check the model in use on your own labelled X-rays, and fit an adapted version of it (a new final step on the model&apos;s features; the network itself is unchanged). Every image is scored by a version fitted without it. Switching to the adapted model is recommended only when it is better beyond reasonable doubt.</source>
        <translation>在您自己已标注的X线图像上检验当前使用的模型，并拟合一个适配版本（在模型特征之上新增的最后一步；网络本身不变）。每张图像都由未使用该图像拟合的版本评分。只有当适配模型的优势确凿无疑时，才建议切换到适配模型。</translation>
    </message>
    <message>
        <source>No labelled X-rays chosen.</source>
        <translation>尚未选择已标注的X线图像。</translation>
    </message>
    <message>
        <source>Choose folder or list…</source>
        <translation>选择文件夹或列表…</translation>
    </message>
    <message>
        <source>Use the images the clinicians reviewed instead</source>
        <translation>改用临床医生已复核的图像</translation>
    </message>
    <message>
        <source>Check and adapt</source>
        <translation>检验并适配</translation>
    </message>
    <message>
        <source>ROC on your X-rays</source>
        <translation>您的X线图像上的 ROC</translation>
    </message>
    <message>
        <source>1 - specificity</source>
        <translation>1 - 特异度</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>敏感度</translation>
    </message>
    <message>
        <source>Switch on although it is not recommended (recorded in the audit log)</source>
        <translation>尽管不推荐仍然启用（记录在审计日志中）</translation>
    </message>
    <message>
        <source>Use the adapted model</source>
        <translation>使用适配模型</translation>
    </message>
    <message>
        <source>Folder of labelled X-rays</source>
        <translation>已标注X线图像的文件夹</translation>
    </message>
    <message>
        <source>Choose a folder or list of labelled X-rays first, or use the reviewed images.</source>
        <translation>请先选择已标注X线图像的文件夹或列表，或使用已复核的图像。</translation>
    </message>
    <message>
        <source>Scoring {images} labelled X-rays…</source>
        <translation>正在为 {images} 张已标注的X线图像评分…</translation>
    </message>
    <message>
        <source>Model in use (AUC {auc})</source>
        <translation>当前使用的模型（AUC {auc}）</translation>
    </message>
    <message>
        <source>Adapted, cross-validated (AUC {auc})</source>
        <translation>适配模型，交叉验证（AUC {auc}）</translation>
    </message>
    <message>
        <source>{reason} ({images} images; gain in AUC {gain}, 95% interval {low} to {high}; adapted model at its threshold: sensitivity {sensitivity}, specificity {specificity}.)</source>
        <translation>{reason}（{images} 张图像；AUC 提升 {gain}，95% 置信区间 {low} 至 {high}；适配模型在其阈值下：敏感度 {sensitivity}，特异度 {specificity}。）</translation>
    </message>
    <message>
        <source>The adapted model is not recommended; tick the override box to switch it on anyway.</source>
        <translation>不推荐使用适配模型；如仍要启用，请勾选例外选项。</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>不推荐</translation>
    </message>
    <message>
        <source>The local check did not show that the adapted model is better. Switch it on anyway? This is recorded in the audit log.</source>
        <translation>本地检验未显示适配模型更好。仍要启用吗？此操作会记录在审计日志中。</translation>
    </message>
    <message>
        <source>The adapted model could not be saved.</source>
        <translation>无法保存适配模型。</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} 当前使用的模型未更改。</translation>
    </message>
    <message>
        <source>The adapted model is now in use: {model}.</source>
        <translation>适配模型现已使用：{model}。</translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <source>A new model is being trained or awaits a decision. Unlock to stop or decide, or leave this window open: the work goes on while it is locked.</source>
        <translation>新模型正在训练或等待决定。解锁后可停止或作出决定；也可保持此窗口打开：锁定期间工作仍会继续。</translation>
    </message>
    <message>
        <source>cxrviewer – Administration</source>
        <translation>cxrviewer – 管理</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>1. Local X-rays</source>
        <translation>1. 本地X线图像</translation>
    </message>
    <message>
        <source>2. Retrain and compare</source>
        <translation>2. 重新训练并比较</translation>
    </message>
    <message>
        <source>Adjust threshold</source>
        <translation>调整阈值</translation>
    </message>
    <message>
        <source>Clinician reviews</source>
        <translation>临床复核</translation>
    </message>
    <message>
        <source>Adapt to this clinic</source>
        <translation>适配本机构</translation>
    </message>
    <message>
        <source>For screening support; not a diagnosis. Every change is recorded in the audit log.</source>
        <translation>仅供筛查辅助，不构成诊断。每项更改都会记录在审计日志中。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close and lock this window.</source>
        <translation>关闭并锁定此窗口。</translation>
    </message>
    <message>
        <source> The training goes on meanwhile.</source>
        <translation>训练仍在继续。</translation>
    </message>
    <message>
        <source> The new model awaits your decision.</source>
        <translation>新模型正在等待您的决定。</translation>
    </message>
    <message>
        <source> The current step goes on meanwhile.</source>
        <translation>当前步骤仍在继续。</translation>
    </message>
    <message>
        <source>Locked after 1 minute without use.</source>
        <translation>闲置 1 分钟后已锁定。</translation>
    </message>
    <message>
        <source>Locked after {minutes} minutes without use.</source>
        <translation>闲置 {minutes} 分钟后已锁定。</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} 当前使用的模型未更改。</translation>
    </message>
    <message>
        <source>The settings could not be saved. The model in use is unchanged.</source>
        <translation>无法保存设置。当前使用的模型未更改。</translation>
    </message>
    <message>
        <source>Please wait until the current step has finished.</source>
        <translation>请等待当前步骤完成。</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <source>Training is still running. Stop it and close this window? Nothing will be changed.</source>
        <translation>训练仍在进行。要停止训练并关闭此窗口吗？不会更改任何内容。</translation>
    </message>
    <message>
        <source>New model not decided</source>
        <translation>新模型尚未决定</translation>
    </message>
    <message>
        <source>Close this window and discard the new model? The model in use stays.</source>
        <translation>要关闭此窗口并丢弃新模型吗？当前使用的模型保持不变。</translation>
    </message>
</context>
<context>
    <name>AuthPage</name>
    <message>
        <source>That passphrase is not correct. Please try again.</source>
        <translation>口令短语不正确。请重试。</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令短语：</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Administrator passphrase</source>
        <translation>管理员口令短语</translation>
    </message>
    <message>
        <source>Enter the administrator passphrase to manage the screening model.</source>
        <translation>输入管理员口令短语以管理筛查模型。</translation>
    </message>
    <message>
        <source>Administration is closed</source>
        <translation>管理功能已关闭</translation>
    </message>
    <message>
        <source>{reason} Administration stays closed until then. Your IT contact runs this command in a terminal on this computer:</source>
        <translation>{reason} 在此之前管理功能保持关闭。请由您的 IT 联系人在此计算机的终端中运行以下命令：</translation>
    </message>
    <message>
        <source>No administrator passphrase has been set for this installation, so administration stays closed. The passphrase is set when cxrviewer is installed, not in this window. To set it, your IT contact runs this command in a terminal on this computer:</source>
        <translation>此安装尚未设置管理员口令短语，因此管理功能保持关闭。口令短语在安装 cxrviewer 时设置，而不是在此窗口中设置。如需设置，请由您的 IT 联系人在此计算机的终端中运行以下命令：</translation>
    </message>
    <message>
        <source>It asks for the new passphrase twice. Then press “{button}”. Viewing and screening work as usual meanwhile.</source>
        <translation>该命令会要求输入两次新口令短语。然后按“{button}”。在此期间，查看和筛查照常进行。</translation>
    </message>
    <message>
        <source>Still no passphrase is set for this installation.</source>
        <translation>此安装仍未设置口令短语。</translation>
    </message>
    <message>
        <source>That passphrase is not correct. </source>
        <translation>口令短语不正确。</translation>
    </message>
    <message>
        <source>Too many wrong passphrases: you can try again in {wait}.</source>
        <translation>错误次数过多：请在 {wait} 后重试。</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>现在可以重试了。</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Something went wrong. The model in use is unchanged. Details are in the cxrviewer log file.</source>
        <translation>出现问题。当前使用的模型未更改。详细信息见 cxrviewer 日志文件。</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>The screening history could not be read. The details were written to the log.</source>
        <translation>无法读取筛查历史。详细信息已写入日志。</translation>
    </message>
    <message>
        <source>This screening run could not be read. The details were written to the log.</source>
        <translation>无法读取此次筛查。详细信息已写入日志。</translation>
    </message>
    <message>
        <source>This screening run is no longer in the results database.</source>
        <translation>结果数据库中已没有此次筛查。</translation>
    </message>
    <message>
        <source>{status} · started {when}</source>
        <translation>{status} · 开始于 {when}</translation>
    </message>
    <message>
        <source>This run was interrupted before it finished (cxrviewer was closed or stopped). Resume to screen the rest of the folder.</source>
        <translation>此次筛查在完成前被中断（cxrviewer 已关闭或停止）。点击“继续”以筛查文件夹的其余部分。</translation>
    </message>
    <message>
        <source>This run was cancelled before it finished. Resume to screen the rest of the folder.</source>
        <translation>此次筛查在完成前已取消。点击“继续”以筛查文件夹的其余部分。</translation>
    </message>
    <message>
        <source>This run has no screened images.</source>
        <translation>此次筛查没有已筛查的图像。</translation>
    </message>
    <message>
        <source>This folder does not exist or cannot be opened: {folder}</source>
        <translation>此文件夹不存在或无法打开：{folder}</translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation>正在查找图像…</translation>
    </message>
    <message>
        <source>Screening: looking for images…</source>
        <translation>筛查：正在查找图像…</translation>
    </message>
    <message>
        <source>Screening {total} images…</source>
        <translation>正在筛查 {total} 张图像…</translation>
    </message>
    <message>
        <source>Screening: {done} of {total}</source>
        <translation>筛查：{done} / {total}</translation>
    </message>
    <message>
        <source>Completed · {total} images in {elapsed}</source>
        <translation>已完成 · {total} 张图像，用时 {elapsed}</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} images</source>
        <translation>已取消，已完成 {done} / {total} 张图像</translation>
    </message>
    <message>
        <source>Screening was cancelled. The images finished so far are kept; Resume screens the rest of the folder.</source>
        <translation>筛查已取消。已完成的图像会保留；“继续”将筛查文件夹的其余部分。</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>未筛查</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>无法写入</translation>
    </message>
    <message>
        <source>The CSV file could not be saved to {folder} ({reason}). Please choose another folder.</source>
        <translation>无法将 CSV 文件保存到 {folder}（{reason}）。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Saved {count} of {total} rows ({view}) to {path}</source>
        <translation>已将 {total} 行中的 {count} 行（{view}）保存到 {path}</translation>
    </message>
    <message>
        <source> · review threshold {threshold}</source>
        <translation> · 复核阈值 {threshold}</translation>
    </message>
    <message>
        <source>Model {model}{limit}</source>
        <translation>模型 {model}{limit}</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>… and {count} more.</source>
        <translation>……另有 {count} 项。</translation>
    </message>
    <message>
        <source>Choose chest X-rays from your clinic whose findings are known. Three ways of labelling them are understood: subfolders named &lt;b&gt;normal&lt;/b&gt; and &lt;b&gt;abnormal&lt;/b&gt;; file names ending in &lt;b&gt;_0&lt;/b&gt; (normal) or &lt;b&gt;_1&lt;/b&gt; (abnormal); or a CSV list with the columns &lt;b&gt;file&lt;/b&gt; and &lt;b&gt;label&lt;/b&gt; (0 or 1) and, if a patient has several images, &lt;b&gt;group&lt;/b&gt; (for example the patient number).</source>
        <translation>请选择本机构已知结论的胸部X线图像。支持三种标注方式：名为 &lt;b&gt;normal&lt;/b&gt;（正常）和 &lt;b&gt;abnormal&lt;/b&gt;（异常）的子文件夹；文件名以 &lt;b&gt;_0&lt;/b&gt;（正常）或 &lt;b&gt;_1&lt;/b&gt;（异常）结尾；或包含 &lt;b&gt;file&lt;/b&gt; 和 &lt;b&gt;label&lt;/b&gt;（0 或 1）列的 CSV 列表，如一位患者有多张图像，另加 &lt;b&gt;group&lt;/b&gt; 列（例如患者编号）。这些名称须按原样用英文书写。</translation>
    </message>
    <message>
        <source>Folder or CSV list of labelled X-rays</source>
        <translation>已标注X线图像的文件夹或 CSV 列表</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Choose CSV list…</source>
        <translation>选择 CSV 列表…</translation>
    </message>
    <message>
        <source>Check images</source>
        <translation>检查图像</translation>
    </message>
    <message>
        <source>The check report appears here.</source>
        <translation>检查报告将显示在此处。</translation>
    </message>
    <message>
        <source>Folder of labelled X-rays</source>
        <translation>已标注X线图像的文件夹</translation>
    </message>
    <message>
        <source>CSV list of labelled X-rays</source>
        <translation>已标注X线图像的 CSV 列表</translation>
    </message>
    <message>
        <source>CSV list (*.csv)</source>
        <translation>CSV 列表 (*.csv)</translation>
    </message>
    <message>
        <source>Choose a folder or a CSV list first.</source>
        <translation>请先选择文件夹或 CSV 列表。</translation>
    </message>
    <message>
        <source>First use or discard the new model (tab “2. Retrain and compare”).</source>
        <translation>请先使用或丢弃新模型（“2. 重新训练并比较”选项卡）。</translation>
    </message>
    <message>
        <source>Reading every image once to check it…</source>
        <translation>正在逐一读取每张图像进行检查…</translation>
    </message>
    <message>
        <source>These images can be used for retraining.</source>
        <translation>这些图像可用于重新训练。</translation>
    </message>
    <message>
        <source>The images are divided into three parts: &lt;b&gt;{train}&lt;/b&gt; to train on, &lt;b&gt;{tune}&lt;/b&gt; to tune, and &lt;b&gt;{check}&lt;/b&gt; ({normal} normal, {abnormal} abnormal) to compare the new model with the model in use.</source>
        <translation>图像分为三部分：&lt;b&gt;{train}&lt;/b&gt; 张用于训练，&lt;b&gt;{tune}&lt;/b&gt; 张用于调优，&lt;b&gt;{check}&lt;/b&gt; 张（正常 {normal} 张，异常 {abnormal} 张）用于将新模型与当前使用的模型进行比较。</translation>
    </message>
    <message>
        <source> Images of the same patient (the list&apos;s &lt;b&gt;group&lt;/b&gt; column) always stay in the same part.</source>
        <translation>同一患者的图像（列表的 &lt;b&gt;group&lt;/b&gt; 列）始终位于同一部分。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files that cannot be read&lt;/b&gt; (they will be left out):</source>
        <translation>&lt;b&gt;无法读取的文件&lt;/b&gt;（将被排除）：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Identical files&lt;/b&gt; (the same image stored more than once):</source>
        <translation>&lt;b&gt;相同的文件&lt;/b&gt;（同一图像存储了多次）：</translation>
    </message>
    <message>
        <source>labelled differently</source>
        <translation>标注不一致</translation>
    </message>
</context>
<context>
    <name>FilterExportBar</name>
    <message>
        <source>Flagged only</source>
        <translation>仅显示已标记</translation>
    </message>
    <message>
        <source>List only the images marked &quot;{flag}&quot;, and those without a score (&quot;{manual}&quot;)</source>
        <translation>只列出标记为“{flag}”的图像以及无评分的图像（“{manual}”）</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>尚未复核</translation>
    </message>
    <message>
        <source>List only the images without a clinician&apos;s decision; an image leaves the list when its decision is recorded</source>
        <translation>只列出尚无临床医生判定的图像；记录判定后，图像即从列表中移除</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the images as listed (the filters and the order on screen) with their scores as a CSV file</source>
        <translation>将列表中的图像（按屏幕上的筛选和顺序）及其评分保存为 CSV 文件</translation>
    </message>
</context>
<context>
    <name>HeatmapLegend</name>
    <message>
        <source>Heatmap: influence on the score</source>
        <translation>热力图：对评分的影响</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Heatmap colour legend, from low to high influence on the score</source>
        <translation>热力图颜色图例，从对评分影响低到高</translation>
    </message>
</context>
<context>
    <name>HistoryBar</name>
    <message>
        <source>Earlier screening runs: choose one to list its images again</source>
        <translation>以往的筛查：选择一次以重新列出其图像</translation>
    </message>
    <message>
        <source>Screening history</source>
        <translation>筛查历史</translation>
    </message>
    <message>
        <source>Earlier screenings…</source>
        <translation>以往的筛查…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Screen the rest of this folder; images already scored are not screened again</source>
        <translation>筛查此文件夹的其余部分；已评分的图像不会重新筛查</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>No screening runs yet</source>
        <translation>尚无筛查</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Model at the time</source>
        <translation>当时的模型</translation>
    </message>
    <message>
        <source>Decisions on {file}</source>
        <translation>{file} 的判定</translation>
    </message>
    <message>
        <source>{count} decision(s) on {file}, newest first. The newest counts; earlier ones are kept as they were recorded.</source>
        <translation>{file} 共有 {count} 条判定，最新的在前。以最新的为准；较早的按记录时的原样保留。</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>below threshold</source>
        <translation>低于阈值</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>无评分</translation>
    </message>
    <message>
        <source>{score} · {flag} · {model} {version}</source>
        <translation>{score} · {flag} · {model} {version}</translation>
    </message>
    <message>
        <source> (differs)</source>
        <translation>（不一致）</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Open a chest X-ray
(File ▸ Open…, or drag image files here)</source>
        <translation>打开一张胸部X线图像
（文件 ▸ 打开…，或将图像文件拖到此处）</translation>
    </message>
    <message>
        <source>Value {value}</source>
        <translation>值 {value}</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗</translation>
    </message>
    <message>
        <source>{preset}:  W {width}  L {level}</source>
        <translation>{preset}：窗宽 {width}  窗位 {level}</translation>
    </message>
    <message>
        <source>Zoom {zoom}</source>
        <translation>缩放 {zoom}</translation>
    </message>
    <message>
        <source>Inverted</source>
        <translation>已反色</translation>
    </message>
</context>
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
    <name>LineChart</name>
    <message>
        <source>No data yet</source>
        <translation>尚无数据</translation>
    </message>
</context>
<context>
    <name>LocalCheckLine</name>
    <message>
        <source>Not yet checked at this clinic</source>
        <translation>尚未在本机构验证</translation>
    </message>
    <message>
        <source>At this clinic ({images} images, {date}): AUC {auc}, sensitivity {sensitivity}, specificity {specificity}</source>
        <translation>本机构（{images} 张图像，{date}）：AUC {auc}，敏感度 {sensitivity}，特异度 {specificity}</translation>
    </message>
    <message>
        <source>At hospitals it was not trained on, this model ranked abnormal above normal X-rays with an AUC of about {auc} ({sealed} at {hospitals} other hospitals): treat the score as a rough pointer until it is checked here.</source>
        <translation>在未参与其训练的医院，本模型将异常X线图像排在正常图像之前的 AUC 约为 {auc}（另外 {hospitals} 家医院为 {sealed}）：在本机构验证此模型之前，请仅将异常评分视为粗略参考。</translation>
    </message>
    <message>
        <source>At hospitals it was not trained on, this model ranked abnormal above normal X-rays with an AUC of about {auc}: treat the score as a rough pointer until it is checked here.</source>
        <translation>在未参与其训练的医院，本模型将异常X线图像排在正常图像之前的 AUC 约为 {auc}：在本机构验证此模型之前，请仅将异常评分视为粗略参考。</translation>
    </message>
    <message>
        <source>This model&apos;s figures come from the public X-rays it was trained on. How well it works on this clinic&apos;s X-rays has not been measured yet: an administrator can check it on at least 50 labelled local images (Tools ▸ Administration ▸ Adapt, or cxrviewer-cli adapt).</source>
        <translation>此模型的性能数据来自其训练所用的公开X线图像。它在本机构X线图像上的表现尚未测量：管理员可以用至少 50 张已标注的本地图像进行验证（工具 ▸ 管理 ▸ 适配，或 cxrviewer-cli adapt）。</translation>
    </message>
    <message>
        <source>Measured by an administrator on labelled X-rays of this clinic, each scored as the model would score it (user guide: “Is the model checked at this clinic?”).</source>
        <translation>由管理员在本机构已标注的X线图像上测量，每张图像均按模型的方式评分（用户指南：“模型是否已在本机构验证？”）。</translation>
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
        <source>{bits}-bit {format}</source>
        <translation>{bits} 位 {format}</translation>
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
    <name>ModelHost</name>
    <message>
        <source>The screening model is not available, so no score can be shown.</source>
        <translation>筛查模型不可用，因此无法显示评分。</translation>
    </message>
    <message>
        <source>Something went wrong while analysing this image. The details were written to the log.</source>
        <translation>分析此图像时出错。详细信息已写入日志。</translation>
    </message>
    <message>
        <source>The screening model could not be loaded. Please reinstall cxrviewer or ask your administrator.</source>
        <translation>无法加载筛查模型。请重新安装 cxrviewer 或联系管理员。</translation>
    </message>
    <message>
        <source>The screening model is not available, so the folder cannot be screened.</source>
        <translation>筛查模型不可用，因此无法筛查该文件夹。</translation>
    </message>
    <message>
        <source>No files were found in this folder (or its sub-folders).</source>
        <translation>在此文件夹（及其子文件夹）中未找到文件。</translation>
    </message>
    <message>
        <source>Screening was cancelled before it started.</source>
        <translation>筛查在开始前已取消。</translation>
    </message>
    <message>
        <source>Screening stopped because of an unexpected problem. The details were written to the log.</source>
        <translation>筛查因意外问题而停止。详细信息已写入日志。</translation>
    </message>
</context>
<context>
    <name>ModelsTab</name>
    <message>
        <source>activated</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>回退到之前的模型</translation>
    </message>
    <message>
        <source>recalibrated</source>
        <translation>调整阈值</translation>
    </message>
    <message>
        <source>training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>passphrase set</source>
        <translation>设置口令短语</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>口令短语错误</translation>
    </message>
    <message>
        <source>Supplied with cxrviewer</source>
        <translation>cxrviewer 自带</translation>
    </message>
    <message>
        <source>Chosen outside this list</source>
        <translation>从此列表之外选择</translation>
    </message>
    <message>
        <source>Threshold adjusted on local X-rays</source>
        <translation>阈值已用本地X线图像调整</translation>
    </message>
    <message>
        <source>Retrained on local X-rays</source>
        <translation>已用本地X线图像重新训练</translation>
    </message>
    <message>
        <source>Trained on local X-rays</source>
        <translation>已用本地X线图像训练</translation>
    </message>
    <message>
        <source>AUC {auc} · flags {sensitivity} of abnormal, clears {specificity} of normal</source>
        <translation>AUC {auc} · 标记 {sensitivity} 的异常图像，{specificity} 的正常图像低于阈值</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Results on images set aside</source>
        <translation>预留图像上的结果</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Use the selected model</source>
        <translation>使用所选模型</translation>
    </message>
    <message>
        <source>Recent decisions (audit log):</source>
        <translation>最近的决定（审计日志）：</translation>
    </message>
    <message>
        <source>In use now: {model}, threshold {threshold}</source>
        <translation>当前使用：{model}，阈值 {threshold}</translation>
    </message>
    <message>
        <source>● in use</source>
        <translation>● 使用中</translation>
    </message>
    <message>
        <source>No decisions recorded yet.</source>
        <translation>尚无决定记录。</translation>
    </message>
    <message>
        <source>Finish or discard the new model first.</source>
        <translation>请先完成或丢弃新模型。</translation>
    </message>
    <message>
        <source>Now in use: {model}.</source>
        <translation>现已使用：{model}。</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>The worklist is hidden while you step through the files you opened: View ▸ Worklist (Ctrl+L) shows it again.</source>
        <translation>逐个查看已打开的文件时，工作列表会隐藏：视图 ▸ 工作列表 (Ctrl+L) 可再次显示。</translation>
    </message>
    <message>
        <source>Next image in the list on screen</source>
        <translation>屏幕列表中的下一张图像</translation>
    </message>
    <message>
        <source>Previous image in the list on screen</source>
        <translation>屏幕列表中的上一张图像</translation>
    </message>
    <message>
        <source>Open X-ray files (PNG, JPEG, DICOM)</source>
        <translation>打开X线图像文件（PNG、JPEG、DICOM）</translation>
    </message>
    <message>
        <source>Screen a folder into the worklist</source>
        <translation>筛查文件夹并列入工作列表</translation>
    </message>
    <message>
        <source>Show or hide the worklist</source>
        <translation>显示或隐藏工作列表</translation>
    </message>
    <message>
        <source>Previous / next row when the list has the keyboard focus</source>
        <translation>列表获得键盘焦点时，切换到上一行 / 下一行</translation>
    </message>
    <message>
        <source>Your decision: Abnormal / Normal / Not readable</source>
        <translation>您的判定：异常 / 正常 / 无法判读</translation>
    </message>
</context>
<context>
    <name>Orientation</name>
    <message>
        <source>Flipped left–right</source>
        <translation>已左右翻转</translation>
    </message>
    <message>
        <source>Flipped top–bottom</source>
        <translation>已上下翻转</translation>
    </message>
    <message>
        <source>Rotated 90° right</source>
        <translation>已向右旋转 90°</translation>
    </message>
    <message>
        <source>Rotated 180°</source>
        <translation>已旋转 180°</translation>
    </message>
    <message>
        <source>Rotated 90° left</source>
        <translation>已向左旋转 90°</translation>
    </message>
    <message>
        <source>Flipped left–right, then rotated 90° right</source>
        <translation>已左右翻转，再向右旋转 90°</translation>
    </message>
    <message>
        <source>Flipped left–right, then rotated 90° left</source>
        <translation>已左右翻转，再向左旋转 90°</translation>
    </message>
</context>
<context>
    <name>ReadingActions</name>
    <message>
        <source>Right-drag</source>
        <translation>右键拖动</translation>
    </message>
    <message>
        <source>Window/level: left–right changes the width (contrast), up–down the level (brightness)</source>
        <translation>窗宽/窗位：左右拖动改变窗宽（对比度），上下拖动改变窗位（亮度）</translation>
    </message>
    <message>
        <source>Double right-click</source>
        <translation>右键双击</translation>
    </message>
    <message>
        <source>Back to the file&apos;s own window (Default)</source>
        <translation>恢复文件自带的窗宽/窗位（默认）</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>鼠标滚轮</translation>
    </message>
    <message>
        <source>Zoom in or out around the cursor</source>
        <translation>以光标为中心放大或缩小</translation>
    </message>
    <message>
        <source>Left-drag</source>
        <translation>左键拖动</translation>
    </message>
    <message>
        <source>Move the image when it is larger than the view</source>
        <translation>图像大于视图时移动图像</translation>
    </message>
    <message>
        <source>Double left-click</source>
        <translation>左键双击</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>使图像适应窗口</translation>
    </message>
    <message>
        <source>Window/level: {preset}</source>
        <translation>窗宽/窗位：{preset}</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>反色(&amp;I)</translation>
    </message>
    <message>
        <source>Show the image as a negative</source>
        <translation>以负片显示图像</translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation>向左旋转(&amp;L)</translation>
    </message>
    <message>
        <source>Rotate 90° anticlockwise</source>
        <translation>逆时针旋转 90°</translation>
    </message>
    <message>
        <source>Rotate &amp;right</source>
        <translation>向右旋转(&amp;R)</translation>
    </message>
    <message>
        <source>Rotate 90° clockwise</source>
        <translation>顺时针旋转 90°</translation>
    </message>
    <message>
        <source>Flip left–ri&amp;ght</source>
        <translation>左右翻转(&amp;G)</translation>
    </message>
    <message>
        <source>Mirror the image left to right</source>
        <translation>将图像左右镜像翻转</translation>
    </message>
    <message>
        <source>Flip &amp;top–bottom</source>
        <translation>上下翻转(&amp;T)</translation>
    </message>
    <message>
        <source>Turn the image upside down</source>
        <translation>将图像上下翻转</translation>
    </message>
    <message>
        <source>&amp;Actual size (1:1)</source>
        <translation>实际大小(&amp;A) (1:1)</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>一个图像像素对应一个屏幕像素</translation>
    </message>
    <message>
        <source>&amp;Zoom in</source>
        <translation>放大(&amp;Z)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>R&amp;eset view</source>
        <translation>重置视图(&amp;E)</translation>
    </message>
    <message>
        <source>Default window, not inverted, upright, fitted to the window</source>
        <translation>默认窗宽/窗位、不反色、正向、适应窗口</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>Read the image on the whole screen (Esc leaves)</source>
        <translation>在整个屏幕上阅片（按 Esc 退出）</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>The keys for moving through images, deciding and reading the image</source>
        <translation>用于切换图像、作出判定和阅片的按键</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Window/le&amp;vel</source>
        <translation>窗宽/窗位(&amp;V)</translation>
    </message>
    <message>
        <source>Window/level</source>
        <translation>窗宽/窗位</translation>
    </message>
    <message>
        <source>Window/level presets (right-drag on the image to adjust)</source>
        <translation>窗宽/窗位预设（在图像上右键拖动可调整）</translation>
    </message>
    <message>
        <source>{key} or double right-click</source>
        <translation>{key} 或右键双击</translation>
    </message>
    <message>
        <source>Full screen / leave full screen</source>
        <translation>全屏 / 退出全屏</translation>
    </message>
    <message>
        <source>Show/hide the heatmap (with its colour legend)</source>
        <translation>显示/隐藏热力图（含颜色图例）</translation>
    </message>
    <message>
        <source>Moving through images, deciding</source>
        <translation>切换图像、作出判定</translation>
    </message>
    <message>
        <source>Reading the image</source>
        <translation>阅片</translation>
    </message>
    <message>
        <source>Reading changes the display only, never the image or its score.</source>
        <translation>阅片操作只改变显示，不会改变图像或其评分。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Not yet reviewed</source>
        <translation>尚未复核</translation>
    </message>
    <message>
        <source>Chest X-ray screening report</source>
        <translation>胸部X线筛查报告</translation>
    </message>
    <message>
        <source>the PDF file was not written</source>
        <translation>PDF 文件未写入</translation>
    </message>
    <message>
        <source>Every image must still be read by a qualified clinician. A score below the threshold does not mean the image is normal, and a flagged image is not necessarily abnormal.</source>
        <translation>每张图像仍须由合格的临床医生判读。评分低于阈值并不表示图像正常，被标记的图像也不一定异常。</translation>
    </message>
    <message>
        <source>Created {when}</source>
        <translation>创建于 {when}</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>患者姓名</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>检查号</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Abnormality score</source>
        <translation>异常评分</translation>
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
        <source>Model: {model}</source>
        <translation>模型：{model}</translation>
    </message>
    <message>
        <source>… (shortened)</source>
        <translation>…（已缩略）</translation>
    </message>
    <message>
        <source>Clinician&apos;s decision</source>
        <translation>临床医生的判定</translation>
    </message>
    <message>
        <source>The report could not be drawn (the file or printer could not be opened).</source>
        <translation>无法生成报告（无法打开文件或打印机）。</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>With heatmap (inside the lungs)</source>
        <translation>叠加热力图（肺内）</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>The model gave no heatmap for this image.</source>
        <translation>模型未为此图像生成热力图。</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Printing is not available in this version of cxrviewer. Export the report (File ▸ Export report…) and print the PDF instead.</source>
        <translation>此版本的 cxrviewer 不支持打印。请导出报告（文件 ▸ 导出报告…）后打印 PDF。</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>无法写入</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Save a one-page PDF report of the image on show</source>
        <translation>将当前图像保存为一页 PDF 报告</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the one-page report of the image on show</source>
        <translation>打印当前图像的一页报告</translation>
    </message>
    <message>
        <source>The decision could not be read from the results database.</source>
        <translation>无法从结果数据库读取判定。</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>将报告导出为 PDF</translation>
    </message>
    <message>
        <source>The report could not be saved to {folder} ({reason}). Please choose another folder.</source>
        <translation>无法将报告保存到 {folder}（{reason}）。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>报告已保存到 {path}</translation>
    </message>
    <message>
        <source>The report could not be printed. Please check the printer and try again.</source>
        <translation>无法打印报告。请检查打印机后重试。</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>报告已发送到打印机。</translation>
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
    <name>ReviewController</name>
    <message>
        <source>The decision was not saved: the results database could not be written. The details were written to the log.</source>
        <translation>判定未保存：无法写入结果数据库。详细信息已写入日志。</translation>
    </message>
    <message>
        <source>Record “{decision}”</source>
        <translation>记录“{decision}”</translation>
    </message>
    <message>
        <source>Change &amp;reviewer…</source>
        <translation>更换复核人(&amp;R)…</translation>
    </message>
    <message>
        <source>Decision &amp;history…</source>
        <translation>判定历史(&amp;H)…</translation>
    </message>
    <message>
        <source>The decision was not saved: choose who is reviewing first.</source>
        <translation>判定未保存：请先选择复核人。</translation>
    </message>
    <message>
        <source>The decision was not saved: {reason}</source>
        <translation>判定未保存：{reason}</translation>
    </message>
    <message>
        <source>The decision history could not be read. The details were written to the log.</source>
        <translation>无法读取判定历史。详细信息已写入日志。</translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <source>Who is reviewing?</source>
        <translation>谁在复核？</translation>
    </message>
    <message>
        <source>Your name is saved with each decision you record in this session.</source>
        <translation>您的姓名会随本次会话中记录的每个判定一起保存。</translation>
    </message>
    <message>
        <source>Add reviewer…</source>
        <translation>添加复核人…</translation>
    </message>
    <message>
        <source>New reviewer&apos;s name, e.g. Dr A. Mensah</source>
        <translation>新复核人的姓名，例如 A. Mensah 医生</translation>
    </message>
    <message>
        <source>Review as this person</source>
        <translation>以此身份复核</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>Missed by the model</source>
        <translation>模型漏判</translation>
    </message>
    <message>
        <source>Flagged, reviewer: normal</source>
        <translation>已标记，复核人：正常</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reviewer said</source>
        <translation>复核人判定</translation>
    </message>
    <message>
        <source>Model said</source>
        <translation>模型结果</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The list could not be saved to {path} ({reason}). Choose another folder.</source>
        <translation>无法将列表保存到 {path}（{reason}）。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Each image&apos;s latest decision by your clinicians, compared with the model&apos;s flag at the time. Images marked not readable, and images without a score, are left out of the rates.</source>
        <translation>每张图像由贵机构临床医生作出的最新判定，与当时模型的标记进行比较。标为无法判读的图像和没有评分的图像不计入比率。</translation>
    </message>
    <message>
        <source>Images reviewed:</source>
        <translation>已复核图像：</translation>
    </message>
    <message>
        <source>Sensitivity:</source>
        <translation>敏感度：</translation>
    </message>
    <message>
        <source>Specificity:</source>
        <translation>特异度：</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>一致率：</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Save as a labelled list…</source>
        <translation>另存为已标注列表…</translation>
    </message>
    <message>
        <source>Check that the reviewed files are unchanged and list them with their decision as labels, for the “1. Local X-rays” tab (no image is copied)</source>
        <translation>检查已复核的文件未被更改，并以其判定作为标注列出，供“1. 本地X线图像”选项卡使用（不复制任何图像）</translation>
    </message>
    <message>
        <source>The clinicians&apos; decisions could not be read. The details are in the log.</source>
        <translation>无法读取临床医生的判定。详细信息见日志。</translation>
    </message>
    <message>
        <source>{reviewed} ({abnormal} abnormal, {normal} normal, {unreadable} not readable); {compared} compared with the model</source>
        <translation>{reviewed} 张（异常 {abnormal} 张，正常 {normal} 张，无法判读 {unreadable} 张）；其中 {compared} 张已与模型比较</translation>
    </message>
    <message>
        <source>{rate} — abnormal images the model flagged</source>
        <translation>{rate} — 被模型标记的异常图像</translation>
    </message>
    <message>
        <source>{rate} — normal images it left below the threshold</source>
        <translation>{rate} — 模型判为低于阈值的正常图像</translation>
    </message>
    <message>
        <source>Disagreements ({count}), newest first</source>
        <translation>不一致（{count}），最新的在前</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>below threshold</source>
        <translation>低于阈值</translation>
    </message>
    <message>
        <source>Save the reviewed images as a labelled list</source>
        <translation>将已复核图像另存为已标注列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>No list was saved: {reason}.</source>
        <translation>未保存列表：{reason}。</translation>
    </message>
    <message>
        <source>{result}. Saved to {path}: choose it on the “1. Local X-rays” tab to check it or to train on it.</source>
        <translation>{result}。已保存到 {path}：请在“1. 本地X线图像”选项卡中选择它，以进行检查或用于训练。</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>Screening run summary</source>
        <translation>筛查汇总</translation>
    </message>
    <message>
        <source>Read manually (could not be scored)</source>
        <translation>需人工判读（无法评分）</translation>
    </message>
    <message>
        <source>Flagged “{flag}”</source>
        <translation>标记为“{flag}”</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Reviewed by a clinician</source>
        <translation>已由临床医生复核</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>尚未复核</translation>
    </message>
    <message>
        <source>{decision} (differs)</source>
        <translation>{decision}（不一致）</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title}（续）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source> · review threshold {threshold}</source>
        <translation> · 复核阈值 {threshold}</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>筛查时间</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Flagged: {flag} ({count})</source>
        <translation>已标记：{flag}（{count}）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>无评分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The summary could not be drawn (the file or printer could not be opened).</source>
        <translation>无法生成汇总（无法打开文件或打印机）。</translation>
    </message>
</context>
<context>
    <name>RunSummaryExport</name>
    <message>
        <source>Export summary (PDF)…</source>
        <translation>导出汇总 (PDF)…</translation>
    </message>
    <message>
        <source>Save a PDF summary of this run: the counts, the flagged images and those to read manually</source>
        <translation>将此次筛查的汇总保存为 PDF：各项计数、已标记的图像以及需人工判读的图像</translation>
    </message>
    <message>
        <source>Export the run summary as PDF</source>
        <translation>将筛查汇总导出为 PDF</translation>
    </message>
    <message>
        <source>There is no screening run on show to summarise.</source>
        <translation>当前没有可汇总的筛查。</translation>
    </message>
    <message>
        <source>The summary could not be made: the results database could not be read. The details were written to the log.</source>
        <translation>无法生成汇总：无法读取结果数据库。详细信息已写入日志。</translation>
    </message>
    <message>
        <source>The summary could not be saved to {folder} ({reason}). Please choose another folder.</source>
        <translation>无法将汇总保存到 {folder}（{reason}）。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Saved the summary (1 page) to {path}</source>
        <translation>汇总（1 页）已保存到 {path}</translation>
    </message>
    <message>
        <source>Saved the summary ({pages} pages) to {path}</source>
        <translation>汇总（{pages} 页）已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>ScoreBar</name>
    <message>
        <source>score {score}, review threshold {threshold}</source>
        <translation>评分 {score}，复核阈值 {threshold}</translation>
    </message>
</context>
<context>
    <name>ScreeningProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop screening; the images finished so far are kept</source>
        <translation>停止筛查；已完成的图像会保留</translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation>正在查找图像…</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>正在估算剩余时间…</translation>
    </message>
    <message>
        <source>%v of {total} images</source>
        <translation>%v / {total} 张图像</translation>
    </message>
    <message>
        <source> · about {duration} left</source>
        <translation> · 剩余约 {duration}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>StudyLine</name>
    <message>
        <source>no patient details in the file</source>
        <translation>文件中没有患者信息</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>检查号</translation>
    </message>
    <message>
        <source>Patient and study of the image shown</source>
        <translation>所显示图像的患者和检查</translation>
    </message>
</context>
<context>
    <name>ThresholdTab</name>
    <message>
        <source>Calculated on {images} images ({normal} normal, {abnormal} abnormal). With the new threshold, {sensitivity} of abnormal images are flagged, and {after} of normal images would be flagged for review (now {before}).</source>
        <translation>基于 {images} 张图像计算（正常 {normal} 张，异常 {abnormal} 张）。采用新阈值时，{sensitivity} 的异常图像会被标记，{after} 的正常图像会被标记为需复核（目前为 {before}）。</translation>
    </message>
    <message>
        <source> With fewer than 100 images these figures are rough.</source>
        <translation>图像少于 100 张时，这些数据只是粗略估计。</translation>
    </message>
    <message>
        <source>The threshold decides above which score an image is flagged “Review recommended”. Here it can be set on your own labelled X-rays so that the model in use flags a chosen share of abnormal images. The model itself is not changed; the adjusted version is added to the Models list, so the previous threshold can always be put back.</source>
        <translation>阈值决定评分达到多少时图像会被标记为“建议复核”。在此可以用您自己已标注的X线图像设置阈值，使当前使用的模型标记所选比例的异常图像。模型本身不会改变；调整后的版本会添加到模型列表中，因此随时可以恢复之前的阈值。</translation>
    </message>
    <message>
        <source>First check a folder of labelled X-rays on the “1. Local X-rays” tab.</source>
        <translation>请先在“1. 本地X线图像”选项卡中检查一个已标注X线图像的文件夹。</translation>
    </message>
    <message>
        <source>{n} % of abnormal images flagged</source>
        <translation>标记 {n}% 的异常图像</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Current threshold</source>
        <translation>当前阈值</translation>
    </message>
    <message>
        <source>New threshold</source>
        <translation>新阈值</translation>
    </message>
    <message>
        <source>Threshold (flag when score is at least)</source>
        <translation>阈值（评分达到此值即标记）</translation>
    </message>
    <message>
        <source>Abnormal images flagged (sensitivity)</source>
        <translation>被标记的异常图像（敏感度）</translation>
    </message>
    <message>
        <source>Normal images not flagged (specificity)</source>
        <translation>未被标记的正常图像（特异度）</translation>
    </message>
    <message>
        <source>Use the new threshold</source>
        <translation>使用新阈值</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Scoring {images} images the model in use has not been trained on…</source>
        <translation>正在为当前使用的模型未曾训练过的 {images} 张图像评分…</translation>
    </message>
    <message>
        <source>The new threshold could not be saved.</source>
        <translation>无法保存新阈值。</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} 当前使用的模型未更改。</translation>
    </message>
    <message>
        <source>The new threshold ({threshold}) is now in use.</source>
        <translation>新阈值（{threshold}）现已启用。</translation>
    </message>
    <message>
        <source>The new threshold could not be switched on; the model in use is unchanged.</source>
        <translation>无法启用新阈值；当前使用的模型未更改。</translation>
    </message>
</context>
<context>
    <name>TrainingProcess</name>
    <message>
        <source>Training failed.</source>
        <translation>训练失败。</translation>
    </message>
    <message>
        <source>Training was stopped. No new model was saved; the model in use is unchanged.</source>
        <translation>训练已停止。未保存新模型；当前使用的模型未更改。</translation>
    </message>
    <message>
        <source>Training stopped unexpectedly. No new model was saved; the model in use is unchanged.</source>
        <translation>训练意外停止。未保存新模型；当前使用的模型未更改。</translation>
    </message>
    <message>
        <source>The training program could not be started. Please reinstall cxrviewer or ask IT.</source>
        <translation>无法启动训练程序。请重新安装 cxrviewer 或联系 IT 人员。</translation>
    </message>
    <message>
        <source>Starting training…</source>
        <translation>正在启动训练…</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>当前步骤完成后停止…</translation>
    </message>
    <message>
        <source>Training: round {epoch} of {epochs}</source>
        <translation>训练：第 {epoch} 轮，共 {epochs} 轮</translation>
    </message>
    <message>
        <source>Reading images: {done} of {total}</source>
        <translation>正在读取图像：{done} / {total}</translation>
    </message>
    <message>
        <source>Training: first round…</source>
        <translation>训练：第一轮…</translation>
    </message>
    <message>
        <source>Saving the new model…</source>
        <translation>正在保存新模型…</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>Retraining needs the full installation ({bundle}). Ask your IT contact. Adjusting the threshold works in this installation.</source>
        <translation>重新训练需要完整安装版（{bundle}）。请联系您的 IT 联系人。调整阈值在当前安装中可用。</translation>
    </message>
    <message>
        <source>Retraining needs the full installation ({bundle}, or cxrviewer installed with its “train” extra). Ask your IT contact. Adjusting the threshold works in this installation.</source>
        <translation>重新训练需要完整安装版（{bundle}，或安装了“train”附加组件的 cxrviewer）。请联系您的 IT 联系人。调整阈值在当前安装中可用。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Improve the model in use with your X-rays (recommended)</source>
        <translation>用您的X线图像改进当前使用的模型（推荐）</translation>
    </message>
    <message>
        <source>Train a new model from scratch (needs many more images)</source>
        <translation>从头训练新模型（需要多得多的图像）</translation>
    </message>
    <message>
        <source>{n} rounds</source>
        <translation>{n} 轮</translation>
    </message>
    <message>
        <source>{n} % of patients</source>
        <translation>{n}% 的患者</translation>
    </message>
    <message>
        <source>Half of these images tune the new model, half compare it with the model in use. None of them are used to train it.</source>
        <translation>这些图像一半用于调优新模型，一半用于将其与当前使用的模型比较。它们都不用于训练。</translation>
    </message>
    <message>
        <source>Training length:</source>
        <translation>训练长度：</translation>
    </message>
    <message>
        <source>Set aside for checking:</source>
        <translation>留作检验：</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>停止训练</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>训练进度</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Training error should fall; the check score (AUC on images set aside for tuning) should rise. 1.0 is perfect, 0.5 is chance.</source>
        <translation>训练误差应下降；检验评分（预留调优图像上的 AUC）应上升。1.0 为完美，0.5 相当于随机。</translation>
    </message>
    <message>
        <source>The curve appears after the first round.</source>
        <translation>曲线将在第一轮后出现。</translation>
    </message>
    <message>
        <source>New model compared with the model in use, on your images set aside</source>
        <translation>在您的预留图像上将新模型与当前使用的模型比较</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>当前使用的模型</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>新模型</translation>
    </message>
    <message>
        <source>Tells normal from abnormal (AUC, 1.00 = perfect)</source>
        <translation>区分正常与异常（AUC，1.00 = 完美）</translation>
    </message>
    <message>
        <source>Abnormal images flagged (sensitivity)</source>
        <translation>被标记的异常图像（敏感度）</translation>
    </message>
    <message>
        <source>Normal images not flagged (specificity)</source>
        <translation>未被标记的正常图像（特异度）</translation>
    </message>
    <message>
        <source>Threshold (flag when score is at least)</source>
        <translation>阈值（评分达到此值即标记）</translation>
    </message>
    <message>
        <source>Flagged abnormal vs false alarms</source>
        <translation>标记的异常与误报</translation>
    </message>
    <message>
        <source>False alarms (normal images flagged)</source>
        <translation>误报（被标记的正常图像）</translation>
    </message>
    <message>
        <source>Abnormal images flagged</source>
        <translation>被标记的异常图像</translation>
    </message>
    <message>
        <source>Use the new model</source>
        <translation>使用新模型</translation>
    </message>
    <message>
        <source>Discard the new model</source>
        <translation>丢弃新模型</translation>
    </message>
    <message>
        <source>AUC summarises how well the scores separate normal from abnormal images at every threshold. Sensitivity and specificity are at each model&apos;s own threshold.</source>
        <translation>AUC 概括了评分在所有阈值下区分正常与异常图像的能力。敏感度和特异度均按各模型自身的阈值计算。</translation>
    </message>
    <message>
        <source>First check a folder of labelled X-rays on the “1. Local X-rays” tab.</source>
        <translation>请先在“1. 本地X线图像”选项卡中检查一个已标注X线图像的文件夹。</translation>
    </message>
    <message>
        <source>Training is not possible with these images: {reason}</source>
        <translation>无法用这些图像进行训练：{reason}</translation>
    </message>
    <message>
        <source>Images: {normal} normal and {abnormal} abnormal from {folder}.</source>
        <translation>图像：来自 {folder}，正常 {normal} 张，异常 {abnormal} 张。</translation>
    </message>
    <message>
        <source>The model in use cannot be improved here (the file needed for further training is not part of it). Choose “Train a new model from scratch”, or put back the model supplied with cxrviewer first.</source>
        <translation>当前使用的模型无法在此改进（它不包含继续训练所需的文件）。请选择“从头训练新模型”，或先恢复 cxrviewer 自带的模型。</translation>
    </message>
    <message>
        <source>Training on {train} images; {tune} tune it and {check} are kept aside to compare it with the model in use.</source>
        <translation>正在用 {train} 张图像训练；{tune} 张用于调优，{check} 张预留用于与当前使用的模型比较。</translation>
    </message>
    <message>
        <source>Training error</source>
        <translation>训练误差</translation>
    </message>
    <message>
        <source>Check score (AUC)</source>
        <translation>检验评分（AUC）</translation>
    </message>
    <message>
        <source>Training finished. Comparing the new model with the model in use…</source>
        <translation>训练完成。正在将新模型与当前使用的模型比较…</translation>
    </message>
    <message>
        <source>Both models were scored on the same {images} images set aside ({normal} normal, {abnormal} abnormal); the new model never saw them during training.</source>
        <translation>两个模型都在相同的 {images} 张预留图像上评分（正常 {normal} 张，异常 {abnormal} 张）；新模型在训练中从未见过这些图像。</translation>
    </message>
    <message>
        <source>Model in use (AUC {auc})</source>
        <translation>当前使用的模型（AUC {auc}）</translation>
    </message>
    <message>
        <source>New model (AUC {auc})</source>
        <translation>新模型（AUC {auc}）</translation>
    </message>
    <message>
        <source>The new model could not be compared: {reason} It was discarded.</source>
        <translation>无法比较新模型：{reason} 已将其丢弃。</translation>
    </message>
    <message>
        <source>The new model could not be saved.</source>
        <translation>无法保存新模型。</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} 当前使用的模型未更改。</translation>
    </message>
    <message>
        <source>The new model is now in use: {model}.</source>
        <translation>新模型现已使用：{model}。</translation>
    </message>
    <message>
        <source>The new model was saved but could not be switched on; the model in use is unchanged. See the Models tab.</source>
        <translation>新模型已保存，但无法启用；当前使用的模型未更改。请查看“模型”选项卡。</translation>
    </message>
    <message>
        <source>The new model was discarded. The model in use is unchanged.</source>
        <translation>新模型已丢弃。当前使用的模型未更改。</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>The user guide could not be found in this installation. Please ask your administrator.</source>
        <translation>此安装中找不到用户指南。请联系管理员。</translation>
    </message>
</context>
<context>
    <name>UserGuideAction</name>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>How to use cxrviewer: reading an X-ray, screening a folder, recording decisions</source>
        <translation>如何使用 cxrviewer：阅读X线图像、筛查文件夹、记录判定</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>cxrviewer user guide</source>
        <translation>cxrviewer 用户指南</translation>
    </message>
</context>
<context>
    <name>Windowing</name>
    <message>
        <source>Default (from file)</source>
        <translation>默认（来自文件）</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>全范围</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>肺窗</translation>
    </message>
    <message>
        <source>Soft tissue</source>
        <translation>软组织窗</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>骨窗</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Abnormality
score</source>
        <translation>异常
评分</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>患者姓名</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>检查号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source> (differs)</source>
        <translation>（不一致）</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation>低于阈值</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>无评分</translation>
    </message>
    <message>
        <source>Read manually</source>
        <translation>需人工判读</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Scored earlier</source>
        <translation>之前已评分</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>未筛查</translation>
    </message>
    <message>
        <source>The model&apos;s abnormality score; click a header to sort. Images without a score (Read manually) always come first</source>
        <translation>模型给出的异常评分；点击列标题可排序。无评分的图像（需人工判读）始终排在最前</translation>
    </message>
    <message>
        <source>{status} ({when}) by {model} {version}</source>
        <translation>{status}（{when}），模型 {model} {version}</translation>
    </message>
    <message>
        <source>Abnormality score {score} · review threshold {threshold} · model {model} {version}</source>
        <translation>异常评分 {score} · 复核阈值 {threshold} · 模型 {model} {version}</translation>
    </message>
    <message>
        <source>It was not screened.</source>
        <translation>该图像未经筛查。</translation>
    </message>
    <message>
        <source>Read manually. No score: {reason}
Open the image and read it yourself.</source>
        <translation>需人工判读。无评分：{reason}
请打开图像自行判读。</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>尚未复核</translation>
    </message>
    <message>
        <source> — differs from the model&apos;s flag</source>
        <translation> — 与模型的标记不一致</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <source>Acc. {number}</source>
        <translation>检查号 {number}</translation>
    </message>
    <message>
        <source>flagged or read manually and not yet reviewed</source>
        <translation>已标记或需人工判读，且尚未复核</translation>
    </message>
    <message>
        <source>flagged or read manually</source>
        <translation>已标记或需人工判读</translation>
    </message>
    <message>
        <source>not yet reviewed</source>
        <translation>尚未复核</translation>
    </message>
    <message>
        <source>all images</source>
        <translation>全部图像</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>到达顺序</translation>
    </message>
    <message>
        <source>highest first</source>
        <translation>从高到低</translation>
    </message>
    <message>
        <source>lowest first</source>
        <translation>从低到高</translation>
    </message>
    <message>
        <source>Z to A</source>
        <translation>Z 到 A</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>A 到 Z</translation>
    </message>
    <message>
        <source>{filters}; read manually first, then by {column}, {order}</source>
        <translation>{filters}；需人工判读的在前，然后按{column}排序，{order}</translation>
    </message>
    <message>
        <source>Export the worklist as CSV</source>
        <translation>将工作列表导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Screening now</source>
        <translation>正在筛查</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source> · {count} flagged</source>
        <translation> · {count} 张已标记</translation>
    </message>
    <message>
        <source> · {count} images</source>
        <translation> · {count} 张图像</translation>
    </message>
    <message>
        <source>Screen a folder (File ▸ Screen folder…, or drop a folder on the window) to list its images here: first those to read manually (no score), then the highest abnormality score. Choose a row, or step with Page Up / Page Down, to see that image.</source>
        <translation>筛查一个文件夹（文件 ▸ 筛查文件夹…，或将文件夹拖到窗口上），即可在此列出其图像：先列出需人工判读的图像（无评分），再按异常评分从高到低排列。选择一行，或用 Page Up / Page Down 逐张切换，即可查看该图像。</translation>
    </message>
    <message>
        <source>A folder is already being screened. Cancel it first, or wait until it has finished.</source>
        <translation>已有文件夹正在筛查。请先取消，或等待其完成。</translation>
    </message>
    <message>
        <source>  (showing the {count} {shown})</source>
        <translation>（显示{shown}的 {count} 张）</translation>
    </message>
    <message>
        <source>Scored {scored} · Flagged {flagged} · Read manually {failed}</source>
        <translation>已评分 {scored} · 已标记 {flagged} · 需人工判读 {failed}</translation>
    </message>
    <message>
        <source> · Already done {count}</source>
        <translation> · 已完成 {count}</translation>
    </message>
    <message>
        <source> · Reviewed {count}</source>
        <translation> · 已复核 {count}</translation>
    </message>
    <message>
        <source> ({count} differ from the flag)</source>
        <translation>（{count} 张与标记不一致）</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{rate} images/s</source>
        <translation>{rate} 张/秒</translation>
    </message>
</context>
<context>
    <name>WorklistDock</name>
    <message>
        <source>Worklist</source>
        <translation>工作列表</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>工作列表(&amp;W)</translation>
    </message>
    <message>
        <source>Show or hide the worklist of screened folders and their history</source>
        <translation>显示或隐藏已筛查文件夹的工作列表及其历史</translation>
    </message>
</context>
</TS>
