<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AdaptTab</name>
    <message>
        <source>Check the model in use on your own labelled X-rays, and fit an adapted version of it (a new final step on the model&apos;s features; the network itself is unchanged). Every image is scored by a version fitted without it. Switching to the adapted model is recommended only when it is better beyond reasonable doubt.</source>
        <translation>Проверьте используемую модель на ваших собственных размеченных снимках и подберите её адаптированную версию (новый заключительный шаг над признаками модели; сама нейросеть не меняется). Каждый снимок оценивается версией, подобранной без него. Переход на адаптированную модель рекомендуется, только если она лучше вне разумных сомнений.</translation>
    </message>
    <message>
        <source>No labelled X-rays chosen.</source>
        <translation>Размеченные снимки не выбраны.</translation>
    </message>
    <message>
        <source>Choose folder or list…</source>
        <translation>Выбрать папку или список…</translation>
    </message>
    <message>
        <source>Use the images the clinicians reviewed instead</source>
        <translation>Вместо этого использовать снимки, просмотренные врачами</translation>
    </message>
    <message>
        <source>Check and adapt</source>
        <translation>Проверить и адаптировать</translation>
    </message>
    <message>
        <source>ROC on your X-rays</source>
        <translation>ROC на ваших снимках</translation>
    </message>
    <message>
        <source>1 - specificity</source>
        <translation>1 - специфичность</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>чувствительность</translation>
    </message>
    <message>
        <source>Switch on although it is not recommended (recorded in the audit log)</source>
        <translation>Включить, хотя это не рекомендуется (записывается в журнал аудита)</translation>
    </message>
    <message>
        <source>Use the adapted model</source>
        <translation>Использовать адаптированную модель</translation>
    </message>
    <message>
        <source>Folder of labelled X-rays</source>
        <translation>Папка с размеченными снимками</translation>
    </message>
    <message>
        <source>Choose a folder or list of labelled X-rays first, or use the reviewed images.</source>
        <translation>Сначала выберите папку или список размеченных снимков либо используйте просмотренные снимки.</translation>
    </message>
    <message>
        <source>Scoring {images} labelled X-rays…</source>
        <translation>Оценка размеченных снимков (всего: {images})…</translation>
    </message>
    <message>
        <source>Model in use (AUC {auc})</source>
        <translation>Используемая модель (AUC {auc})</translation>
    </message>
    <message>
        <source>Adapted, cross-validated (AUC {auc})</source>
        <translation>Адаптированная, перекрёстная проверка (AUC {auc})</translation>
    </message>
    <message>
        <source>{reason} ({images} images; gain in AUC {gain}, 95% interval {low} to {high}; adapted model at its threshold: sensitivity {sensitivity}, specificity {specificity}.)</source>
        <translation>{reason} (снимков: {images}; прирост AUC {gain}, 95&#xa0;% доверительный интервал от {low} до {high}; адаптированная модель при своём пороге: чувствительность {sensitivity}, специфичность {specificity}.)</translation>
    </message>
    <message>
        <source>The adapted model is not recommended; tick the override box to switch it on anyway.</source>
        <translation>Адаптированная модель не рекомендуется; чтобы всё же включить её, отметьте флажок исключения.</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>Не рекомендуется</translation>
    </message>
    <message>
        <source>The local check did not show that the adapted model is better. Switch it on anyway? This is recorded in the audit log.</source>
        <translation>Локальная проверка не показала, что адаптированная модель лучше. Всё равно включить её? Это будет записано в журнал аудита.</translation>
    </message>
    <message>
        <source>The adapted model could not be saved.</source>
        <translation>Не удалось сохранить адаптированную модель.</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} Используемая модель не изменилась.</translation>
    </message>
    <message>
        <source>The adapted model is now in use: {model}.</source>
        <translation>Адаптированная модель теперь используется: {model}.</translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <source>A new model is being trained or awaits a decision. Unlock to stop or decide, or leave this window open: the work goes on while it is locked.</source>
        <translation>Новая модель обучается или ожидает решения. Разблокируйте, чтобы остановить или решить, или оставьте окно открытым: работа продолжается и при блокировке.</translation>
    </message>
    <message>
        <source>cxrviewer – Administration</source>
        <translation>cxrviewer – Администрирование</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Модели</translation>
    </message>
    <message>
        <source>1. Local X-rays</source>
        <translation>1. Местные снимки</translation>
    </message>
    <message>
        <source>2. Retrain and compare</source>
        <translation>2. Дообучение и сравнение</translation>
    </message>
    <message>
        <source>Adjust threshold</source>
        <translation>Настройка порога</translation>
    </message>
    <message>
        <source>Clinician reviews</source>
        <translation>Решения врачей</translation>
    </message>
    <message>
        <source>Adapt to this clinic</source>
        <translation>Адаптация к клинике</translation>
    </message>
    <message>
        <source>For screening support; not a diagnosis. Every change is recorded in the audit log.</source>
        <translation>Только для поддержки скрининга; не является диагнозом. Каждое изменение записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close and lock this window.</source>
        <translation>Закрыть и заблокировать это окно.</translation>
    </message>
    <message>
        <source> The training goes on meanwhile.</source>
        <translation> Обучение тем временем продолжается.</translation>
    </message>
    <message>
        <source> The new model awaits your decision.</source>
        <translation> Новая модель ожидает вашего решения.</translation>
    </message>
    <message>
        <source> The current step goes on meanwhile.</source>
        <translation> Текущий шаг тем временем продолжается.</translation>
    </message>
    <message>
        <source>Locked after 1 minute without use.</source>
        <translation>Заблокировано после 1 минуты бездействия.</translation>
    </message>
    <message>
        <source>Locked after {minutes} minutes without use.</source>
        <translation>Заблокировано после бездействия (минут: {minutes}).</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} Используемая модель не изменилась.</translation>
    </message>
    <message>
        <source>The settings could not be saved. The model in use is unchanged.</source>
        <translation>Не удалось сохранить настройки. Используемая модель не изменилась.</translation>
    </message>
    <message>
        <source>Please wait until the current step has finished.</source>
        <translation>Дождитесь завершения текущего шага.</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Идёт обучение</translation>
    </message>
    <message>
        <source>Training is still running. Stop it and close this window? Nothing will be changed.</source>
        <translation>Обучение ещё идёт. Остановить его и закрыть окно? Ничего не изменится.</translation>
    </message>
    <message>
        <source>New model not decided</source>
        <translation>Решение по новой модели не принято</translation>
    </message>
    <message>
        <source>Close this window and discard the new model? The model in use stays.</source>
        <translation>Закрыть окно и отказаться от новой модели? Используемая модель останется.</translation>
    </message>
</context>
<context>
    <name>AuthPage</name>
    <message>
        <source>That passphrase is not correct. Please try again.</source>
        <translation>Неверная парольная фраза. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Administrator passphrase</source>
        <translation>Парольная фраза администратора</translation>
    </message>
    <message>
        <source>Enter the administrator passphrase to manage the screening model.</source>
        <translation>Введите парольную фразу администратора, чтобы управлять моделью скрининга.</translation>
    </message>
    <message>
        <source>Administration is closed</source>
        <translation>Администрирование закрыто</translation>
    </message>
    <message>
        <source>{reason} Administration stays closed until then. Your IT contact runs this command in a terminal on this computer:</source>
        <translation>{reason} До этого администрирование закрыто. Ваш ИТ-специалист выполняет эту команду в терминале на этом компьютере:</translation>
    </message>
    <message>
        <source>No administrator passphrase has been set for this installation, so administration stays closed. The passphrase is set when cxrviewer is installed, not in this window. To set it, your IT contact runs this command in a terminal on this computer:</source>
        <translation>Для этой установки не задана парольная фраза администратора, поэтому администрирование закрыто. Фраза задаётся при установке cxrviewer, а не в этом окне. Чтобы задать её, ваш ИТ-специалист выполняет эту команду в терминале на этом компьютере:</translation>
    </message>
    <message>
        <source>It asks for the new passphrase twice. Then press “{button}”. Viewing and screening work as usual meanwhile.</source>
        <translation>Она дважды запрашивает новую парольную фразу. Затем нажмите «{button}». Просмотр и скрининг тем временем работают как обычно.</translation>
    </message>
    <message>
        <source>Still no passphrase is set for this installation.</source>
        <translation>Парольная фраза для этой установки по-прежнему не задана.</translation>
    </message>
    <message>
        <source>That passphrase is not correct. </source>
        <translation>Неверная парольная фраза. </translation>
    </message>
    <message>
        <source>Too many wrong passphrases: you can try again in {wait}.</source>
        <translation>Слишком много неверных попыток: повторить можно через {wait}.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Теперь можно попробовать снова.</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Something went wrong. The model in use is unchanged. Details are in the cxrviewer log file.</source>
        <translation>Произошла ошибка. Используемая модель не изменилась. Подробности — в журнале cxrviewer.</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>The screening history could not be read. The details were written to the log.</source>
        <translation>Не удалось прочитать историю скринингов. Подробности записаны в журнал.</translation>
    </message>
    <message>
        <source>This screening run could not be read. The details were written to the log.</source>
        <translation>Не удалось прочитать этот скрининг. Подробности записаны в журнал.</translation>
    </message>
    <message>
        <source>This screening run is no longer in the results database.</source>
        <translation>Этого скрининга больше нет в базе результатов.</translation>
    </message>
    <message>
        <source>{status} · started {when}</source>
        <translation>{status} · начат {when}</translation>
    </message>
    <message>
        <source>This run was interrupted before it finished (cxrviewer was closed or stopped). Resume to screen the rest of the folder.</source>
        <translation>Этот скрининг прерван до завершения (cxrviewer был закрыт или остановлен). Нажмите «Продолжить», чтобы обработать остальную часть папки.</translation>
    </message>
    <message>
        <source>This run was cancelled before it finished. Resume to screen the rest of the folder.</source>
        <translation>Этот скрининг отменён до завершения. Нажмите «Продолжить», чтобы обработать остальную часть папки.</translation>
    </message>
    <message>
        <source>This run has no screened images.</source>
        <translation>В этом скрининге нет обработанных снимков.</translation>
    </message>
    <message>
        <source>This folder does not exist or cannot be opened: {folder}</source>
        <translation>Эта папка не существует или не открывается: {folder}</translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation>Поиск снимков…</translation>
    </message>
    <message>
        <source>Screening: looking for images…</source>
        <translation>Скрининг: поиск снимков…</translation>
    </message>
    <message>
        <source>Screening {total} images…</source>
        <translation>Скрининг, снимков: {total}…</translation>
    </message>
    <message>
        <source>Screening: {done} of {total}</source>
        <translation>Скрининг: {done} из {total}</translation>
    </message>
    <message>
        <source>Completed · {total} images in {elapsed}</source>
        <translation>Завершён · снимков: {total}, за {elapsed}</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} images</source>
        <translation>Отменён: обработано {done} из {total}</translation>
    </message>
    <message>
        <source>Screening was cancelled. The images finished so far are kept; Resume screens the rest of the folder.</source>
        <translation>Скрининг отменён. Уже обработанные снимки сохранены; «Продолжить» обработает остальную часть папки.</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Не обработана</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>запись невозможна</translation>
    </message>
    <message>
        <source>The CSV file could not be saved to {folder} ({reason}). Please choose another folder.</source>
        <translation>Не удалось сохранить файл CSV в {folder} ({reason}). Выберите другую папку.</translation>
    </message>
    <message>
        <source>Saved {count} of {total} rows ({view}) to {path}</source>
        <translation>Сохранено строк: {count} из {total} ({view}) в {path}</translation>
    </message>
    <message>
        <source> · review threshold {threshold}</source>
        <translation> · порог пересмотра {threshold}</translation>
    </message>
    <message>
        <source>Model {model}{limit}</source>
        <translation>Модель {model}{limit}</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>… and {count} more.</source>
        <translation>… и ещё {count}.</translation>
    </message>
    <message>
        <source>Choose chest X-rays from your clinic whose findings are known. Three ways of labelling them are understood: subfolders named &lt;b&gt;normal&lt;/b&gt; and &lt;b&gt;abnormal&lt;/b&gt;; file names ending in &lt;b&gt;_0&lt;/b&gt; (normal) or &lt;b&gt;_1&lt;/b&gt; (abnormal); or a CSV list with the columns &lt;b&gt;file&lt;/b&gt; and &lt;b&gt;label&lt;/b&gt; (0 or 1) and, if a patient has several images, &lt;b&gt;group&lt;/b&gt; (for example the patient number).</source>
        <translation>Выберите рентгенограммы грудной клетки вашей клиники с известным заключением. Поддерживаются три способа разметки: подпапки с именами &lt;b&gt;normal&lt;/b&gt; (норма) и &lt;b&gt;abnormal&lt;/b&gt; (патология); имена файлов, оканчивающиеся на &lt;b&gt;_0&lt;/b&gt; (норма) или &lt;b&gt;_1&lt;/b&gt; (патология); или список CSV со столбцами &lt;b&gt;file&lt;/b&gt; и &lt;b&gt;label&lt;/b&gt; (0 или 1) и, если у пациента несколько снимков, &lt;b&gt;group&lt;/b&gt; (например, номер пациента). Эти имена пишутся как есть, по-английски.</translation>
    </message>
    <message>
        <source>Folder or CSV list of labelled X-rays</source>
        <translation>Папка или список CSV с размеченными снимками</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <source>Choose CSV list…</source>
        <translation>Выбрать список CSV…</translation>
    </message>
    <message>
        <source>Check images</source>
        <translation>Проверить снимки</translation>
    </message>
    <message>
        <source>The check report appears here.</source>
        <translation>Здесь появится отчёт о проверке.</translation>
    </message>
    <message>
        <source>Folder of labelled X-rays</source>
        <translation>Папка с размеченными снимками</translation>
    </message>
    <message>
        <source>CSV list of labelled X-rays</source>
        <translation>Список CSV с размеченными снимками</translation>
    </message>
    <message>
        <source>CSV list (*.csv)</source>
        <translation>Список CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a folder or a CSV list first.</source>
        <translation>Сначала выберите папку или список CSV.</translation>
    </message>
    <message>
        <source>First use or discard the new model (tab “2. Retrain and compare”).</source>
        <translation>Сначала примите новую модель или откажитесь от неё (вкладка «2. Дообучение и сравнение»).</translation>
    </message>
    <message>
        <source>Reading every image once to check it…</source>
        <translation>Каждый снимок читается один раз для проверки…</translation>
    </message>
    <message>
        <source>These images can be used for retraining.</source>
        <translation>Эти снимки можно использовать для дообучения.</translation>
    </message>
    <message>
        <source>The images are divided into three parts: &lt;b&gt;{train}&lt;/b&gt; to train on, &lt;b&gt;{tune}&lt;/b&gt; to tune, and &lt;b&gt;{check}&lt;/b&gt; ({normal} normal, {abnormal} abnormal) to compare the new model with the model in use.</source>
        <translation>Снимки делятся на три части: для обучения — &lt;b&gt;{train}&lt;/b&gt;, для настройки — &lt;b&gt;{tune}&lt;/b&gt;, для сравнения новой модели с используемой — &lt;b&gt;{check}&lt;/b&gt; (норма: {normal}, патология: {abnormal}).</translation>
    </message>
    <message>
        <source> Images of the same patient (the list&apos;s &lt;b&gt;group&lt;/b&gt; column) always stay in the same part.</source>
        <translation> Снимки одного пациента (столбец &lt;b&gt;group&lt;/b&gt; списка) всегда попадают в одну и ту же часть.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files that cannot be read&lt;/b&gt; (they will be left out):</source>
        <translation>&lt;b&gt;Файлы, которые не удаётся прочитать&lt;/b&gt; (они будут исключены):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Identical files&lt;/b&gt; (the same image stored more than once):</source>
        <translation>&lt;b&gt;Одинаковые файлы&lt;/b&gt; (один и тот же снимок сохранён несколько раз):</translation>
    </message>
    <message>
        <source>labelled differently</source>
        <translation>размечены по-разному</translation>
    </message>
</context>
<context>
    <name>FilterExportBar</name>
    <message>
        <source>Flagged only</source>
        <translation>Только отмеченные</translation>
    </message>
    <message>
        <source>List only the images marked &quot;{flag}&quot;, and those without a score (&quot;{manual}&quot;)</source>
        <translation>Показывать только снимки с отметкой «{flag}» и снимки без показателя («{manual}»)</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>Ещё не просмотренные</translation>
    </message>
    <message>
        <source>List only the images without a clinician&apos;s decision; an image leaves the list when its decision is recorded</source>
        <translation>Показывать только снимки без решения врача; снимок исчезает из списка, как только решение записано</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Save the images as listed (the filters and the order on screen) with their scores as a CSV file</source>
        <translation>Сохранить снимки в том виде, как они показаны (фильтры и порядок на экране), с их показателями в файл CSV</translation>
    </message>
</context>
<context>
    <name>HeatmapLegend</name>
    <message>
        <source>Heatmap: influence on the score</source>
        <translation>Тепловая карта: влияние на показатель</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкое</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокое</translation>
    </message>
    <message>
        <source>Heatmap colour legend, from low to high influence on the score</source>
        <translation>Цветовая шкала тепловой карты: от низкого до высокого влияния на показатель</translation>
    </message>
</context>
<context>
    <name>HistoryBar</name>
    <message>
        <source>Earlier screening runs: choose one to list its images again</source>
        <translation>Предыдущие скрининги: выберите один, чтобы снова показать его снимки</translation>
    </message>
    <message>
        <source>Screening history</source>
        <translation>История скринингов</translation>
    </message>
    <message>
        <source>Earlier screenings…</source>
        <translation>Предыдущие скрининги…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Screen the rest of this folder; images already scored are not screened again</source>
        <translation>Обработать остальную часть папки; уже оценённые снимки повторно не обрабатываются</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>No screening runs yet</source>
        <translation>Скринингов пока нет</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Врач</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Model at the time</source>
        <translation>Модель на тот момент</translation>
    </message>
    <message>
        <source>Decisions on {file}</source>
        <translation>Решения по {file}</translation>
    </message>
    <message>
        <source>{count} decision(s) on {file}, newest first. The newest counts; earlier ones are kept as they were recorded.</source>
        <translation>Решений по {file}: {count}, сначала новые. Действует самое новое; прежние сохраняются в том виде, в каком были записаны.</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>отмечен</translation>
    </message>
    <message>
        <source>below threshold</source>
        <translation>ниже порога</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>нет показателя</translation>
    </message>
    <message>
        <source>{score} · {flag} · {model} {version}</source>
        <translation>{score} · {flag} · {model} {version}</translation>
    </message>
    <message>
        <source> (differs)</source>
        <translation> (расходится)</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Open a chest X-ray
(File ▸ Open…, or drag image files here)</source>
        <translation>Откройте рентгенограмму грудной клетки
(Файл ▸ Открыть… или перетащите файлы изображений сюда)</translation>
    </message>
    <message>
        <source>Value {value}</source>
        <translation>Значение {value}</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>{preset}:  W {width}  L {level}</source>
        <translation>{preset}:  W {width}  L {level}</translation>
    </message>
    <message>
        <source>Zoom {zoom}</source>
        <translation>Масштаб {zoom}</translation>
    </message>
    <message>
        <source>Inverted</source>
        <translation>Инвертирован</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>The language could not be saved: the settings folder cannot be written.</source>
        <translation>Не удалось сохранить язык: нет доступа на запись к папке настроек.</translation>
    </message>
    <message>
        <source>The language will change when cxrviewer is restarted.</source>
        <translation>Язык изменится после перезапуска cxrviewer.</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>No data yet</source>
        <translation>Данных пока нет</translation>
    </message>
</context>
<context>
    <name>LocalCheckLine</name>
    <message>
        <source>Not yet checked at this clinic</source>
        <translation>Ещё не проверена в этой клинике</translation>
    </message>
    <message>
        <source>At this clinic ({images} images, {date}): AUC {auc}, sensitivity {sensitivity}, specificity {specificity}</source>
        <translation>В этой клинике (снимков: {images}, {date}): AUC {auc}, чувствительность {sensitivity}, специфичность {specificity}</translation>
    </message>
    <message>
        <source>At hospitals it was not trained on, this model ranked abnormal above normal X-rays with an AUC of about {auc} ({sealed} at {hospitals} other hospitals): treat the score as a rough pointer until it is checked here.</source>
        <translation>В больницах, на снимках которых модель не обучалась, она ставила рентгенограммы с патологией выше нормальных с AUC около {auc} ({sealed} в {hospitals} других больницах): считайте показатель патологии лишь приблизительным ориентиром, пока модель не проверена в этой клинике.</translation>
    </message>
    <message>
        <source>At hospitals it was not trained on, this model ranked abnormal above normal X-rays with an AUC of about {auc}: treat the score as a rough pointer until it is checked here.</source>
        <translation>В больницах, на снимках которых модель не обучалась, она ставила рентгенограммы с патологией выше нормальных с AUC около {auc}: считайте показатель патологии лишь приблизительным ориентиром, пока модель не проверена в этой клинике.</translation>
    </message>
    <message>
        <source>This model&apos;s figures come from the public X-rays it was trained on. How well it works on this clinic&apos;s X-rays has not been measured yet: an administrator can check it on at least 50 labelled local images (Tools ▸ Administration ▸ Adapt, or cxrviewer-cli adapt).</source>
        <translation>Показатели этой модели получены на общедоступных рентгенограммах, на которых она обучалась. Насколько хорошо она работает на рентгенограммах этой клиники, ещё не измерено: администратор может проверить её не менее чем на 50 размеченных местных снимках (Сервис ▸ Администрирование ▸ Адаптация или cxrviewer-cli adapt).</translation>
    </message>
    <message>
        <source>Measured by an administrator on labelled X-rays of this clinic, each scored as the model would score it (user guide: “Is the model checked at this clinic?”).</source>
        <translation>Измерено администратором на размеченных рентгенограммах этой клиники, каждая из которых оценена так, как её оценила бы модель (руководство пользователя: «Проверена ли модель в этой клинике?»).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Chest X-ray images (*.png *.jpg *.jpeg *.dcm *.dicom *.dic)</source>
        <translation>Рентгенограммы грудной клетки (*.png *.jpg *.jpeg *.dcm *.dicom *.dic)</translation>
    </message>
    <message>
        <source>DICOM files (*.dcm *.dicom *.dic)</source>
        <translation>Файлы DICOM (*.dcm *.dicom *.dic)</translation>
    </message>
    <message>
        <source>Administration is not available in this version.</source>
        <translation>Администрирование недоступно в этой версии.</translation>
    </message>
    <message>
        <source>Choose an image in the worklist
to see it here with its heatmap</source>
        <translation>Выберите снимок в рабочем списке,
чтобы увидеть его здесь с тепловой картой</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open one or more chest X-ray images</source>
        <translation>Открыть одну или несколько рентгенограмм грудной клетки</translation>
    </message>
    <message>
        <source>Screen &amp;folder…</source>
        <translation>Скрининг &amp;папки…</translation>
    </message>
    <message>
        <source>Screen every chest X-ray in a folder and list them by abnormality score</source>
        <translation>Проанализировать все рентгенограммы грудной клетки в папке и упорядочить их по показателю патологии</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>По размеру ок&amp;на</translation>
    </message>
    <message>
        <source>Show the whole image</source>
        <translation>Показать снимок целиком</translation>
    </message>
    <message>
        <source>Show/hide &amp;heatmap</source>
        <translation>Показать/скрыть &amp;тепловую карту</translation>
    </message>
    <message>
        <source>&amp;Next image</source>
        <translation>&amp;Следующий снимок</translation>
    </message>
    <message>
        <source>&amp;Previous image</source>
        <translation>Пре&amp;дыдущий снимок</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Администрирование…</translation>
    </message>
    <message>
        <source>&amp;About cxrviewer</source>
        <translation>&amp;О программе cxrviewer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Сп&amp;равка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Model not loaded</source>
        <translation>Модель не загружена</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Загрузка модели…</translation>
    </message>
    <message>
        <source>Model ready: {model}</source>
        <translation>Модель готова: {model}</translation>
    </message>
    <message>
        <source>Review threshold {threshold}; loaded from {folder}</source>
        <translation>Порог пересмотра {threshold}; загружена из {folder}</translation>
    </message>
    <message>
        <source>The new model could not be loaded: {reason} Still using {model}.</source>
        <translation>Не удалось загрузить новую модель: {reason} По-прежнему используется {model}.</translation>
    </message>
    <message>
        <source>No model: viewing only</source>
        <translation>Нет модели: только просмотр</translation>
    </message>
    <message>
        <source>{reason} Images can still be viewed, but no scores are shown.</source>
        <translation>{reason} Снимки можно просматривать, но показатели не выводятся.</translation>
    </message>
    <message>
        <source>Open chest X-rays</source>
        <translation>Открыть рентгенограммы грудной клетки</translation>
    </message>
    <message>
        <source>No image files found.</source>
        <translation>Файлы изображений не найдены.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message>
        <source>opening…</source>
        <translation>открытие…</translation>
    </message>
    <message>
        <source>This file cannot be shown.
The reason is given on the right.</source>
        <translation>Этот файл невозможно показать.
Причина указана справа.</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>не удалось прочитать</translation>
    </message>
    <message>
        <source>{bits}-bit {format}</source>
        <translation>{format}, {bits} бит</translation>
    </message>
    <message>
        <source>Screen a folder of chest X-rays</source>
        <translation>Скрининг папки с рентгенограммами грудной клетки</translation>
    </message>
    <message>
        <source>One folder is screened at a time: screening {folder}. Drop the others once it has finished.</source>
        <translation>Папки обрабатываются по одной: идёт скрининг {folder}. Перетащите остальные, когда он завершится.</translation>
    </message>
    <message>
        <source>cxrviewer closed unexpectedly last time. A technical report was saved to {report}. If this happens again, please send that file to your administrator.</source>
        <translation>В прошлый раз cxrviewer неожиданно закрылся. Технический отчёт сохранён в {report}. Если это повторится, отправьте этот файл администратору.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Открыть папку журналов</translation>
    </message>
    <message>
        <source>Administration could not be opened. The details were written to the log.</source>
        <translation>Не удалось открыть администрирование. Подробности записаны в журнал.</translation>
    </message>
    <message>
        <source> (set by your administrator)</source>
        <translation> (задан администратором)</translation>
    </message>
    <message>
        <source>Model: {model}&lt;br&gt;Review threshold: {threshold}{overridden}</source>
        <translation>Модель: {model}&lt;br&gt;Порог пересмотра: {threshold}{overridden}</translation>
    </message>
    <message>
        <source>Model: not loaded</source>
        <translation>Модель: не загружена</translation>
    </message>
    <message>
        <source>Chest X-ray screening support.</source>
        <translation>Поддержка скрининга по рентгенограммам грудной клетки.</translation>
    </message>
    <message>
        <source>About cxrviewer</source>
        <translation>О программе cxrviewer</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ModelHost</name>
    <message>
        <source>The screening model is not available, so no score can be shown.</source>
        <translation>Модель скрининга недоступна, поэтому показатель не может быть выведен.</translation>
    </message>
    <message>
        <source>Something went wrong while analysing this image. The details were written to the log.</source>
        <translation>При анализе этого снимка произошла ошибка. Подробности записаны в журнал.</translation>
    </message>
    <message>
        <source>The screening model could not be loaded. Please reinstall cxrviewer or ask your administrator.</source>
        <translation>Не удалось загрузить модель скрининга. Переустановите cxrviewer или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The screening model is not available, so the folder cannot be screened.</source>
        <translation>Модель скрининга недоступна, поэтому папку невозможно обработать.</translation>
    </message>
    <message>
        <source>No files were found in this folder (or its sub-folders).</source>
        <translation>В этой папке (и её вложенных папках) не найдено файлов.</translation>
    </message>
    <message>
        <source>Screening was cancelled before it started.</source>
        <translation>Скрининг отменён до начала.</translation>
    </message>
    <message>
        <source>Screening stopped because of an unexpected problem. The details were written to the log.</source>
        <translation>Скрининг остановлен из-за непредвиденной ошибки. Подробности записаны в журнал.</translation>
    </message>
</context>
<context>
    <name>ModelsTab</name>
    <message>
        <source>activated</source>
        <translation>включение</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонение</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>возврат к прежней модели</translation>
    </message>
    <message>
        <source>recalibrated</source>
        <translation>изменение порога</translation>
    </message>
    <message>
        <source>training failed</source>
        <translation>сбой обучения</translation>
    </message>
    <message>
        <source>passphrase set</source>
        <translation>задана парольная фраза</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>неверная парольная фраза</translation>
    </message>
    <message>
        <source>Supplied with cxrviewer</source>
        <translation>Поставляется с cxrviewer</translation>
    </message>
    <message>
        <source>Chosen outside this list</source>
        <translation>Выбрана вне этого списка</translation>
    </message>
    <message>
        <source>Threshold adjusted on local X-rays</source>
        <translation>Порог настроен на местных снимках</translation>
    </message>
    <message>
        <source>Retrained on local X-rays</source>
        <translation>Дообучена на местных снимках</translation>
    </message>
    <message>
        <source>Trained on local X-rays</source>
        <translation>Обучена на местных снимках</translation>
    </message>
    <message>
        <source>AUC {auc} · flags {sensitivity} of abnormal, clears {specificity} of normal</source>
        <translation>AUC {auc} · отмечено снимков с патологией: {sensitivity}; снимков без патологии ниже порога: {specificity}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлена</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Results on images set aside</source>
        <translation>Результаты на отложенных снимках</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>Use the selected model</source>
        <translation>Использовать выбранную модель</translation>
    </message>
    <message>
        <source>Recent decisions (audit log):</source>
        <translation>Последние решения (журнал аудита):</translation>
    </message>
    <message>
        <source>In use now: {model}, threshold {threshold}</source>
        <translation>Сейчас используется: {model}, порог {threshold}</translation>
    </message>
    <message>
        <source>● in use</source>
        <translation>● используется</translation>
    </message>
    <message>
        <source>No decisions recorded yet.</source>
        <translation>Решений пока не записано.</translation>
    </message>
    <message>
        <source>Finish or discard the new model first.</source>
        <translation>Сначала завершите работу с новой моделью или откажитесь от неё.</translation>
    </message>
    <message>
        <source>Now in use: {model}.</source>
        <translation>Теперь используется: {model}.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>The worklist is hidden while you step through the files you opened: View ▸ Worklist (Ctrl+L) shows it again.</source>
        <translation>Рабочий список скрыт, пока вы просматриваете открытые файлы: Вид ▸ Рабочий список (Ctrl+L) снова покажет его.</translation>
    </message>
    <message>
        <source>Next image in the list on screen</source>
        <translation>Следующий снимок в списке на экране</translation>
    </message>
    <message>
        <source>Previous image in the list on screen</source>
        <translation>Предыдущий снимок в списке на экране</translation>
    </message>
    <message>
        <source>Open X-ray files (PNG, JPEG, DICOM)</source>
        <translation>Открыть файлы рентгенограмм (PNG, JPEG, DICOM)</translation>
    </message>
    <message>
        <source>Screen a folder into the worklist</source>
        <translation>Скрининг папки в рабочий список</translation>
    </message>
    <message>
        <source>Show or hide the worklist</source>
        <translation>Показать или скрыть рабочий список</translation>
    </message>
    <message>
        <source>Previous / next row when the list has the keyboard focus</source>
        <translation>Предыдущая / следующая строка, когда фокус клавиатуры на списке</translation>
    </message>
    <message>
        <source>Your decision: Abnormal / Normal / Not readable</source>
        <translation>Ваше решение: Патология / Норма / Непригоден</translation>
    </message>
</context>
<context>
    <name>Orientation</name>
    <message>
        <source>Flipped left–right</source>
        <translation>Отражён слева направо</translation>
    </message>
    <message>
        <source>Flipped top–bottom</source>
        <translation>Отражён сверху вниз</translation>
    </message>
    <message>
        <source>Rotated 90° right</source>
        <translation>Повёрнут на 90° вправо</translation>
    </message>
    <message>
        <source>Rotated 180°</source>
        <translation>Повёрнут на 180°</translation>
    </message>
    <message>
        <source>Rotated 90° left</source>
        <translation>Повёрнут на 90° влево</translation>
    </message>
    <message>
        <source>Flipped left–right, then rotated 90° right</source>
        <translation>Отражён слева направо, затем повёрнут на 90° вправо</translation>
    </message>
    <message>
        <source>Flipped left–right, then rotated 90° left</source>
        <translation>Отражён слева направо, затем повёрнут на 90° влево</translation>
    </message>
</context>
<context>
    <name>ReadingActions</name>
    <message>
        <source>Right-drag</source>
        <translation>Перетаскивание правой кнопкой</translation>
    </message>
    <message>
        <source>Window/level: left–right changes the width (contrast), up–down the level (brightness)</source>
        <translation>Окно/уровень: влево–вправо меняет ширину (контраст), вверх–вниз уровень (яркость)</translation>
    </message>
    <message>
        <source>Double right-click</source>
        <translation>Двойной щелчок правой кнопкой</translation>
    </message>
    <message>
        <source>Back to the file&apos;s own window (Default)</source>
        <translation>Вернуть окно из файла (По умолчанию)</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Колесо мыши</translation>
    </message>
    <message>
        <source>Zoom in or out around the cursor</source>
        <translation>Увеличение или уменьшение вокруг курсора</translation>
    </message>
    <message>
        <source>Left-drag</source>
        <translation>Перетаскивание левой кнопкой</translation>
    </message>
    <message>
        <source>Move the image when it is larger than the view</source>
        <translation>Сдвинуть снимок, если он больше области просмотра</translation>
    </message>
    <message>
        <source>Double left-click</source>
        <translation>Двойной щелчок левой кнопкой</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>Вписать снимок в окно</translation>
    </message>
    <message>
        <source>Window/level: {preset}</source>
        <translation>Окно/уровень: {preset}</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Инвертировать</translation>
    </message>
    <message>
        <source>Show the image as a negative</source>
        <translation>Показать снимок в негативе</translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation>Повернуть в&amp;лево</translation>
    </message>
    <message>
        <source>Rotate 90° anticlockwise</source>
        <translation>Повернуть на 90° против часовой стрелки</translation>
    </message>
    <message>
        <source>Rotate &amp;right</source>
        <translation>Повернуть в&amp;право</translation>
    </message>
    <message>
        <source>Rotate 90° clockwise</source>
        <translation>Повернуть на 90° по часовой стрелке</translation>
    </message>
    <message>
        <source>Flip left–ri&amp;ght</source>
        <translation>Отразить слева напр&amp;аво</translation>
    </message>
    <message>
        <source>Mirror the image left to right</source>
        <translation>Зеркально отразить снимок слева направо</translation>
    </message>
    <message>
        <source>Flip &amp;top–bottom</source>
        <translation>Отразить св&amp;ерху вниз</translation>
    </message>
    <message>
        <source>Turn the image upside down</source>
        <translation>Перевернуть снимок сверху вниз</translation>
    </message>
    <message>
        <source>&amp;Actual size (1:1)</source>
        <translation>Реальный ра&amp;змер (1:1)</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>Один пиксель снимка на пиксель экрана</translation>
    </message>
    <message>
        <source>&amp;Zoom in</source>
        <translation>У&amp;величить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>R&amp;eset view</source>
        <translation>С&amp;бросить вид</translation>
    </message>
    <message>
        <source>Default window, not inverted, upright, fitted to the window</source>
        <translation>Окно по умолчанию, без инверсии, без поворота, по размеру окна</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>Во весь &amp;экран</translation>
    </message>
    <message>
        <source>Read the image on the whole screen (Esc leaves)</source>
        <translation>Просматривать снимок во весь экран (выход — Esc)</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Выйти из полноэкранного режима</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <source>The keys for moving through images, deciding and reading the image</source>
        <translation>Клавиши для перехода между снимками, решений и просмотра снимка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Window/le&amp;vel</source>
        <translation>&amp;Окно/уровень</translation>
    </message>
    <message>
        <source>Window/level</source>
        <translation>Окно/уровень</translation>
    </message>
    <message>
        <source>Window/level presets (right-drag on the image to adjust)</source>
        <translation>Предустановки окна/уровня (перетаскивание правой кнопкой по снимку — точная настройка)</translation>
    </message>
    <message>
        <source>{key} or double right-click</source>
        <translation>{key} или двойной щелчок правой кнопкой</translation>
    </message>
    <message>
        <source>Full screen / leave full screen</source>
        <translation>Во весь экран / выйти из полноэкранного режима</translation>
    </message>
    <message>
        <source>Show/hide the heatmap (with its colour legend)</source>
        <translation>Показать/скрыть тепловую карту (с цветовой шкалой)</translation>
    </message>
    <message>
        <source>Moving through images, deciding</source>
        <translation>Переход между снимками, решения</translation>
    </message>
    <message>
        <source>Reading the image</source>
        <translation>Просмотр снимка</translation>
    </message>
    <message>
        <source>Reading changes the display only, never the image or its score.</source>
        <translation>Эти действия меняют только отображение, но не снимок и не его показатель.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Not yet reviewed</source>
        <translation>Ещё не просмотрен</translation>
    </message>
    <message>
        <source>Chest X-ray screening report</source>
        <translation>Отчёт о скрининге рентгенограммы грудной клетки</translation>
    </message>
    <message>
        <source>the PDF file was not written</source>
        <translation>файл PDF не был записан</translation>
    </message>
    <message>
        <source>Every image must still be read by a qualified clinician. A score below the threshold does not mean the image is normal, and a flagged image is not necessarily abnormal.</source>
        <translation>Каждый снимок по-прежнему должен оценить квалифицированный врач. Показатель ниже порога не означает, что снимок в норме, а отмеченный снимок не обязательно патологический.</translation>
    </message>
    <message>
        <source>Created {when}</source>
        <translation>Создан {when}</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>ФИО пациента</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID пациента</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Дата исследования</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>Номер направления</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Врач</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Abnormality score</source>
        <translation>Показатель патологии</translation>
    </message>
    <message>
        <source>set by your administrator</source>
        <translation>задан администратором</translation>
    </message>
    <message>
        <source>from the model card</source>
        <translation>из карточки модели</translation>
    </message>
    <message>
        <source>Review threshold: {threshold} ({source})</source>
        <translation>Порог пересмотра: {threshold} ({source})</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>Модель: {model}</translation>
    </message>
    <message>
        <source>… (shortened)</source>
        <translation>… (сокращено)</translation>
    </message>
    <message>
        <source>Clinician&apos;s decision</source>
        <translation>Решение врача</translation>
    </message>
    <message>
        <source>The report could not be drawn (the file or printer could not be opened).</source>
        <translation>Не удалось сформировать отчёт (не открылся файл или принтер).</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Снимок</translation>
    </message>
    <message>
        <source>With heatmap (inside the lungs)</source>
        <translation>С тепловой картой (в пределах лёгких)</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Тепловая карта</translation>
    </message>
    <message>
        <source>The model gave no heatmap for this image.</source>
        <translation>Модель не построила тепловую карту для этого снимка.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Printing is not available in this version of cxrviewer. Export the report (File ▸ Export report…) and print the PDF instead.</source>
        <translation>Печать недоступна в этой версии cxrviewer. Экспортируйте отчёт (Файл ▸ Экспорт отчёта…) и распечатайте PDF.</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Печать отчёта</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>запись невозможна</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Экспорт отчёта…</translation>
    </message>
    <message>
        <source>Save a one-page PDF report of the image on show</source>
        <translation>Сохранить одностраничный отчёт PDF по показанному снимку</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Print the one-page report of the image on show</source>
        <translation>Напечатать одностраничный отчёт по показанному снимку</translation>
    </message>
    <message>
        <source>The decision could not be read from the results database.</source>
        <translation>Не удалось прочитать решение из базы результатов.</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Экспорт отчёта в PDF</translation>
    </message>
    <message>
        <source>The report could not be saved to {folder} ({reason}). Please choose another folder.</source>
        <translation>Не удалось сохранить отчёт в {folder} ({reason}). Выберите другую папку.</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Отчёт сохранён в {path}</translation>
    </message>
    <message>
        <source>The report could not be printed. Please check the printer and try again.</source>
        <translation>Не удалось напечатать отчёт. Проверьте принтер и повторите попытку.</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>Отчёт отправлен на принтер.</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>For screening support; not a diagnosis.</source>
        <translation>Только для поддержки скрининга; не является диагнозом.</translation>
    </message>
    <message>
        <source>Review recommended</source>
        <translation>Рекомендован пересмотр врачом</translation>
    </message>
    <message>
        <source>Below review threshold</source>
        <translation>Ниже порога пересмотра</translation>
    </message>
    <message>
        <source>The score is at or above the review threshold. Please review this image.</source>
        <translation>Показатель на уровне порога пересмотра или выше. Пожалуйста, пересмотрите этот снимок.</translation>
    </message>
    <message>
        <source>A score below the threshold does not rule out disease.</source>
        <translation>Показатель ниже порога не исключает заболевания.</translation>
    </message>
    <message>
        <source>Brighter colours mark the areas that most influenced the score.</source>
        <translation>Более яркие цвета отмечают области, сильнее всего повлиявшие на показатель.</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>Патология</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Not readable</source>
        <translation>Непригоден</translation>
    </message>
    <message>
        <source>No score: read this image manually</source>
        <translation>Нет показателя: оцените снимок самостоятельно</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Ещё не просмотрен</translation>
    </message>
    <message>
        <source>Reviewer: asked at your first decision</source>
        <translation>Врач: спросим при первом решении</translation>
    </message>
    <message>
        <source>Reviewed: {decision} by {reviewer}, {when}</source>
        <translation>Просмотрен: {decision}, {reviewer}, {when}</translation>
    </message>
    <message>
        <source>Differs from the model: it flagged this image “{flag}”.</source>
        <translation>Расходится с моделью: она отметила снимок «{flag}».</translation>
    </message>
    <message>
        <source>Differs from the model: its score is below the review threshold.</source>
        <translation>Расходится с моделью: её показатель ниже порога пересмотра.</translation>
    </message>
    <message>
        <source>No image open.
Open a chest X-ray to see its abnormality score.</source>
        <translation>Снимок не открыт.
Откройте рентгенограмму грудной клетки, чтобы увидеть показатель патологии.</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Анализ…</translation>
    </message>
    <message>
        <source>Abnormality score</source>
        <translation>Показатель патологии</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Тепловая карта</translation>
    </message>
    <message>
        <source>Show where the model looked (H)</source>
        <translation>Показать, на что обратила внимание модель (H)</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>Непрозрачность тепловой карты</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Загрузка модели…</translation>
    </message>
    <message>
        <source>Caution: {caution}</source>
        <translation>Внимание: {caution}</translation>
    </message>
    <message>
        <source>set by your administrator</source>
        <translation>задан администратором</translation>
    </message>
    <message>
        <source>from the model card</source>
        <translation>из карточки модели</translation>
    </message>
    <message>
        <source>Review threshold: {threshold} ({source})</source>
        <translation>Порог пересмотра: {threshold} ({source})</translation>
    </message>
    <message>
        <source>Model: {name} {version}</source>
        <translation>Модель: {name} {version}</translation>
    </message>
    <message>
        <source>This image could not be analysed</source>
        <translation>Не удалось проанализировать этот снимок</translation>
    </message>
</context>
<context>
    <name>ReviewBox</name>
    <message>
        <source>Your decision</source>
        <translation>Ваше решение</translation>
    </message>
    <message>
        <source>keys A · N · U</source>
        <translation>клавиши A · N · U</translation>
    </message>
    <message>
        <source>Record “{decision}” for this image ({key})</source>
        <translation>Записать «{decision}» для этого снимка ({key})</translation>
    </message>
    <message>
        <source>Note (optional): type it, then choose</source>
        <translation>Заметка, затем решение</translation>
    </message>
    <message>
        <source>Note saved with the decision</source>
        <translation>Заметка, сохраняемая с решением</translation>
    </message>
    <message>
        <source>Change reviewer…</source>
        <translation>Сменить врача…</translation>
    </message>
    <message>
        <source>Choose who is reviewing (asked once per session)</source>
        <translation>Выбрать, кто просматривает (запрашивается один раз за сеанс)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Every decision recorded for this image, corrections included</source>
        <translation>Все решения, записанные для этого снимка, включая исправления</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Заметка: {note}</translation>
    </message>
    <message>
        <source>History ({count})…</source>
        <translation>История ({count})…</translation>
    </message>
    <message>
        <source>Reviewer: {name}</source>
        <translation>Врач: {name}</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>The decision was not saved: the results database could not be written. The details were written to the log.</source>
        <translation>Решение не сохранено: не удалось записать в базу результатов. Подробности записаны в журнал.</translation>
    </message>
    <message>
        <source>Record “{decision}”</source>
        <translation>Записать «{decision}»</translation>
    </message>
    <message>
        <source>Change &amp;reviewer…</source>
        <translation>Сменить &amp;врача…</translation>
    </message>
    <message>
        <source>Decision &amp;history…</source>
        <translation>&amp;История решений…</translation>
    </message>
    <message>
        <source>The decision was not saved: choose who is reviewing first.</source>
        <translation>Решение не сохранено: сначала выберите, кто просматривает.</translation>
    </message>
    <message>
        <source>The decision was not saved: {reason}</source>
        <translation>Решение не сохранено: {reason}</translation>
    </message>
    <message>
        <source>The decision history could not be read. The details were written to the log.</source>
        <translation>Не удалось прочитать историю решений. Подробности записаны в журнал.</translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <source>Who is reviewing?</source>
        <translation>Кто просматривает?</translation>
    </message>
    <message>
        <source>Your name is saved with each decision you record in this session.</source>
        <translation>Ваше имя сохраняется с каждым решением, записанным в этом сеансе.</translation>
    </message>
    <message>
        <source>Add reviewer…</source>
        <translation>Добавить врача…</translation>
    </message>
    <message>
        <source>New reviewer&apos;s name, e.g. Dr A. Mensah</source>
        <translation>Имя нового врача, напр. д-р А. Менса</translation>
    </message>
    <message>
        <source>Review as this person</source>
        <translation>Просматривать под этим именем</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>Missed by the model</source>
        <translation>Пропущена моделью</translation>
    </message>
    <message>
        <source>Flagged, reviewer: normal</source>
        <translation>Отмечен, врач: норма</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Reviewer said</source>
        <translation>Решение врача</translation>
    </message>
    <message>
        <source>Model said</source>
        <translation>Оценка модели</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Врач</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>The list could not be saved to {path} ({reason}). Choose another folder.</source>
        <translation>Не удалось сохранить список в {path} ({reason}). Выберите другую папку.</translation>
    </message>
    <message>
        <source>Each image&apos;s latest decision by your clinicians, compared with the model&apos;s flag at the time. Images marked not readable, and images without a score, are left out of the rates.</source>
        <translation>Последнее решение ваших врачей по каждому снимку в сравнении с отметкой модели на тот момент. Снимки, отмеченные как непригодные, и снимки без показателя в расчёт долей не входят.</translation>
    </message>
    <message>
        <source>Images reviewed:</source>
        <translation>Просмотрено снимков:</translation>
    </message>
    <message>
        <source>Sensitivity:</source>
        <translation>Чувствительность:</translation>
    </message>
    <message>
        <source>Specificity:</source>
        <translation>Специфичность:</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Совпадение:</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Модели:</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Расхождения</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Save as a labelled list…</source>
        <translation>Сохранить как размеченный список…</translation>
    </message>
    <message>
        <source>Check that the reviewed files are unchanged and list them with their decision as labels, for the “1. Local X-rays” tab (no image is copied)</source>
        <translation>Проверить, что просмотренные файлы не изменились, и составить их список с решением врача в качестве разметки для вкладки «1. Местные снимки» (снимки не копируются)</translation>
    </message>
    <message>
        <source>The clinicians&apos; decisions could not be read. The details are in the log.</source>
        <translation>Не удалось прочитать решения врачей. Подробности — в журнале.</translation>
    </message>
    <message>
        <source>{reviewed} ({abnormal} abnormal, {normal} normal, {unreadable} not readable); {compared} compared with the model</source>
        <translation>{reviewed} (патология: {abnormal}, норма: {normal}, непригодны: {unreadable}); сравнено с моделью: {compared}</translation>
    </message>
    <message>
        <source>{rate} — abnormal images the model flagged</source>
        <translation>{rate} — снимки с патологией, отмеченные моделью</translation>
    </message>
    <message>
        <source>{rate} — normal images it left below the threshold</source>
        <translation>{rate} — снимки без патологии, оставленные ниже порога</translation>
    </message>
    <message>
        <source>Disagreements ({count}), newest first</source>
        <translation>Расхождения ({count}), сначала новые</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>отмечен</translation>
    </message>
    <message>
        <source>below threshold</source>
        <translation>ниже порога</translation>
    </message>
    <message>
        <source>Save the reviewed images as a labelled list</source>
        <translation>Сохранить просмотренные снимки как размеченный список</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>No list was saved: {reason}.</source>
        <translation>Список не сохранён: {reason}.</translation>
    </message>
    <message>
        <source>{result}. Saved to {path}: choose it on the “1. Local X-rays” tab to check it or to train on it.</source>
        <translation>{result}. Сохранено в {path}: выберите этот список на вкладке «1. Местные снимки», чтобы проверить его или обучить на нём.</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>Screening run summary</source>
        <translation>Сводка скрининга</translation>
    </message>
    <message>
        <source>Read manually (could not be scored)</source>
        <translation>Оценить самостоятельно (показатель не получен)</translation>
    </message>
    <message>
        <source>Flagged “{flag}”</source>
        <translation>С отметкой «{flag}»</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Снимки</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <source>Reviewed by a clinician</source>
        <translation>Просмотрено врачом</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>Ещё не просмотрен</translation>
    </message>
    <message>
        <source>{decision} (differs)</source>
        <translation>{decision} (расходится)</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Страница {page}</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (продолжение)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source> · review threshold {threshold}</source>
        <translation> · порог пересмотра {threshold}</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Скрининг</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Flagged: {flag} ({count})</source>
        <translation>Отмеченные: {flag} ({count})</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID пациента</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Нет показателя</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>The summary could not be drawn (the file or printer could not be opened).</source>
        <translation>Не удалось сформировать сводку (не открылся файл или принтер).</translation>
    </message>
</context>
<context>
    <name>RunSummaryExport</name>
    <message>
        <source>Export summary (PDF)…</source>
        <translation>Экспорт сводки (PDF)…</translation>
    </message>
    <message>
        <source>Save a PDF summary of this run: the counts, the flagged images and those to read manually</source>
        <translation>Сохранить сводку этого скрининга в PDF: количества, отмеченные снимки и снимки для самостоятельной оценки</translation>
    </message>
    <message>
        <source>Export the run summary as PDF</source>
        <translation>Экспорт сводки скрининга в PDF</translation>
    </message>
    <message>
        <source>There is no screening run on show to summarise.</source>
        <translation>Нет показанного скрининга для сводки.</translation>
    </message>
    <message>
        <source>The summary could not be made: the results database could not be read. The details were written to the log.</source>
        <translation>Не удалось составить сводку: не удалось прочитать базу результатов. Подробности записаны в журнал.</translation>
    </message>
    <message>
        <source>The summary could not be saved to {folder} ({reason}). Please choose another folder.</source>
        <translation>Не удалось сохранить сводку в {folder} ({reason}). Выберите другую папку.</translation>
    </message>
    <message>
        <source>Saved the summary (1 page) to {path}</source>
        <translation>Сводка (1 страница) сохранена в {path}</translation>
    </message>
    <message>
        <source>Saved the summary ({pages} pages) to {path}</source>
        <translation>Сводка (страниц: {pages}) сохранена в {path}</translation>
    </message>
</context>
<context>
    <name>ScoreBar</name>
    <message>
        <source>score {score}, review threshold {threshold}</source>
        <translation>показатель {score}, порог пересмотра {threshold}</translation>
    </message>
</context>
<context>
    <name>ScreeningProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop screening; the images finished so far are kept</source>
        <translation>Остановить скрининг; уже обработанные снимки сохранятся</translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation>Поиск снимков…</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Оценка оставшегося времени…</translation>
    </message>
    <message>
        <source>%v of {total} images</source>
        <translation>%v из {total}</translation>
    </message>
    <message>
        <source> · about {duration} left</source>
        <translation> · осталось около {duration}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>StudyLine</name>
    <message>
        <source>no patient details in the file</source>
        <translation>в файле нет данных пациента</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Дата исследования</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Номер направления</translation>
    </message>
    <message>
        <source>Patient and study of the image shown</source>
        <translation>Пациент и исследование показанного снимка</translation>
    </message>
</context>
<context>
    <name>ThresholdTab</name>
    <message>
        <source>Calculated on {images} images ({normal} normal, {abnormal} abnormal). With the new threshold, {sensitivity} of abnormal images are flagged, and {after} of normal images would be flagged for review (now {before}).</source>
        <translation>Рассчитано по снимкам (всего: {images}; норма: {normal}, патология: {abnormal}). С новым порогом отмечается {sensitivity} снимков с патологией, а для пересмотра было бы отмечено {after} снимков без патологии (сейчас {before}).</translation>
    </message>
    <message>
        <source> With fewer than 100 images these figures are rough.</source>
        <translation> При менее чем 100 снимках эти цифры приблизительны.</translation>
    </message>
    <message>
        <source>The threshold decides above which score an image is flagged “Review recommended”. Here it can be set on your own labelled X-rays so that the model in use flags a chosen share of abnormal images. The model itself is not changed; the adjusted version is added to the Models list, so the previous threshold can always be put back.</source>
        <translation>Порог определяет, начиная с какого показателя снимок отмечается «Рекомендован пересмотр врачом». Здесь его можно настроить на ваших собственных размеченных снимках так, чтобы используемая модель отмечала выбранную долю снимков с патологией. Сама модель не меняется; настроенная версия добавляется в список моделей, поэтому прежний порог всегда можно вернуть.</translation>
    </message>
    <message>
        <source>First check a folder of labelled X-rays on the “1. Local X-rays” tab.</source>
        <translation>Сначала проверьте папку с размеченными снимками на вкладке «1. Местные снимки».</translation>
    </message>
    <message>
        <source>{n} % of abnormal images flagged</source>
        <translation>отмечать {n}&#xa0;% снимков с патологией</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>Рассчитать</translation>
    </message>
    <message>
        <source>Current threshold</source>
        <translation>Текущий порог</translation>
    </message>
    <message>
        <source>New threshold</source>
        <translation>Новый порог</translation>
    </message>
    <message>
        <source>Threshold (flag when score is at least)</source>
        <translation>Порог (отмечать при показателе не ниже)</translation>
    </message>
    <message>
        <source>Abnormal images flagged (sensitivity)</source>
        <translation>Отмечено снимков с патологией (чувствительность)</translation>
    </message>
    <message>
        <source>Normal images not flagged (specificity)</source>
        <translation>Не отмечено снимков без патологии (специфичность)</translation>
    </message>
    <message>
        <source>Use the new threshold</source>
        <translation>Использовать новый порог</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>Scoring {images} images the model in use has not been trained on…</source>
        <translation>Оценка снимков, на которых используемая модель не обучалась (всего: {images})…</translation>
    </message>
    <message>
        <source>The new threshold could not be saved.</source>
        <translation>Не удалось сохранить новый порог.</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} Используемая модель не изменилась.</translation>
    </message>
    <message>
        <source>The new threshold ({threshold}) is now in use.</source>
        <translation>Новый порог ({threshold}) теперь используется.</translation>
    </message>
    <message>
        <source>The new threshold could not be switched on; the model in use is unchanged.</source>
        <translation>Не удалось включить новый порог; используемая модель не изменилась.</translation>
    </message>
</context>
<context>
    <name>TrainingProcess</name>
    <message>
        <source>Training failed.</source>
        <translation>Обучение не удалось.</translation>
    </message>
    <message>
        <source>Training was stopped. No new model was saved; the model in use is unchanged.</source>
        <translation>Обучение остановлено. Новая модель не сохранена; используемая модель не изменилась.</translation>
    </message>
    <message>
        <source>Training stopped unexpectedly. No new model was saved; the model in use is unchanged.</source>
        <translation>Обучение неожиданно прервалось. Новая модель не сохранена; используемая модель не изменилась.</translation>
    </message>
    <message>
        <source>The training program could not be started. Please reinstall cxrviewer or ask IT.</source>
        <translation>Не удалось запустить программу обучения. Переустановите cxrviewer или обратитесь к ИТ-специалисту.</translation>
    </message>
    <message>
        <source>Starting training…</source>
        <translation>Запуск обучения…</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Остановка после текущего шага…</translation>
    </message>
    <message>
        <source>Training: round {epoch} of {epochs}</source>
        <translation>Обучение: цикл {epoch} из {epochs}</translation>
    </message>
    <message>
        <source>Reading images: {done} of {total}</source>
        <translation>Чтение снимков: {done} из {total}</translation>
    </message>
    <message>
        <source>Training: first round…</source>
        <translation>Обучение: первый цикл…</translation>
    </message>
    <message>
        <source>Saving the new model…</source>
        <translation>Сохранение новой модели…</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>Retraining needs the full installation ({bundle}). Ask your IT contact. Adjusting the threshold works in this installation.</source>
        <translation>Для дообучения нужна полная установка ({bundle}). Обратитесь к вашему ИТ-специалисту. Настройка порога работает и в этой установке.</translation>
    </message>
    <message>
        <source>Retraining needs the full installation ({bundle}, or cxrviewer installed with its “train” extra). Ask your IT contact. Adjusting the threshold works in this installation.</source>
        <translation>Для дообучения нужна полная установка ({bundle} или cxrviewer, установленный с дополнением «train»). Обратитесь к вашему ИТ-специалисту. Настройка порога работает и в этой установке.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Improve the model in use with your X-rays (recommended)</source>
        <translation>Улучшить используемую модель на ваших снимках (рекомендуется)</translation>
    </message>
    <message>
        <source>Train a new model from scratch (needs many more images)</source>
        <translation>Обучить новую модель с нуля (нужно гораздо больше снимков)</translation>
    </message>
    <message>
        <source>{n} rounds</source>
        <translation>циклов: {n}</translation>
    </message>
    <message>
        <source>{n} % of patients</source>
        <translation>{n}&#xa0;% пациентов</translation>
    </message>
    <message>
        <source>Half of these images tune the new model, half compare it with the model in use. None of them are used to train it.</source>
        <translation>Половина этих снимков служит для настройки новой модели, половина — для её сравнения с используемой. Для обучения ни один из них не используется.</translation>
    </message>
    <message>
        <source>Training length:</source>
        <translation>Длительность обучения:</translation>
    </message>
    <message>
        <source>Set aside for checking:</source>
        <translation>Отложить для проверки:</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Начать обучение</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>Остановить обучение</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Ход обучения</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>Training error should fall; the check score (AUC on images set aside for tuning) should rise. 1.0 is perfect, 0.5 is chance.</source>
        <translation>Ошибка обучения должна снижаться, а контрольный показатель (AUC на снимках, отложенных для настройки) — расти. 1,0 — идеально, 0,5 — случайное угадывание.</translation>
    </message>
    <message>
        <source>The curve appears after the first round.</source>
        <translation>Кривая появится после первого цикла.</translation>
    </message>
    <message>
        <source>New model compared with the model in use, on your images set aside</source>
        <translation>Новая модель в сравнении с используемой на ваших отложенных снимках</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>Используемая модель</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Новая модель</translation>
    </message>
    <message>
        <source>Tells normal from abnormal (AUC, 1.00 = perfect)</source>
        <translation>Различение нормы и патологии (AUC, 1,00 = идеально)</translation>
    </message>
    <message>
        <source>Abnormal images flagged (sensitivity)</source>
        <translation>Отмечено снимков с патологией (чувствительность)</translation>
    </message>
    <message>
        <source>Normal images not flagged (specificity)</source>
        <translation>Не отмечено снимков без патологии (специфичность)</translation>
    </message>
    <message>
        <source>Threshold (flag when score is at least)</source>
        <translation>Порог (отмечать при показателе не ниже)</translation>
    </message>
    <message>
        <source>Flagged abnormal vs false alarms</source>
        <translation>Отмеченная патология и ложные тревоги</translation>
    </message>
    <message>
        <source>False alarms (normal images flagged)</source>
        <translation>Ложные тревоги (отмеченные снимки без патологии)</translation>
    </message>
    <message>
        <source>Abnormal images flagged</source>
        <translation>Отмеченные снимки с патологией</translation>
    </message>
    <message>
        <source>Use the new model</source>
        <translation>Использовать новую модель</translation>
    </message>
    <message>
        <source>Discard the new model</source>
        <translation>Отказаться от новой модели</translation>
    </message>
    <message>
        <source>AUC summarises how well the scores separate normal from abnormal images at every threshold. Sensitivity and specificity are at each model&apos;s own threshold.</source>
        <translation>AUC показывает, насколько хорошо показатели разделяют снимки с патологией и без неё при любом пороге. Чувствительность и специфичность даны при собственном пороге каждой модели.</translation>
    </message>
    <message>
        <source>First check a folder of labelled X-rays on the “1. Local X-rays” tab.</source>
        <translation>Сначала проверьте папку с размеченными снимками на вкладке «1. Местные снимки».</translation>
    </message>
    <message>
        <source>Training is not possible with these images: {reason}</source>
        <translation>Обучение на этих снимках невозможно: {reason}</translation>
    </message>
    <message>
        <source>Images: {normal} normal and {abnormal} abnormal from {folder}.</source>
        <translation>Снимки из {folder}: норма — {normal}, патология — {abnormal}.</translation>
    </message>
    <message>
        <source>The model in use cannot be improved here (the file needed for further training is not part of it). Choose “Train a new model from scratch”, or put back the model supplied with cxrviewer first.</source>
        <translation>Используемую модель здесь нельзя улучшить (в ней нет файла, нужного для дальнейшего обучения). Выберите «Обучить новую модель с нуля» или сначала верните модель, поставляемую с cxrviewer.</translation>
    </message>
    <message>
        <source>Training on {train} images; {tune} tune it and {check} are kept aside to compare it with the model in use.</source>
        <translation>Обучение на снимках: {train}; для настройки: {tune}; отложено для сравнения с используемой моделью: {check}.</translation>
    </message>
    <message>
        <source>Training error</source>
        <translation>Ошибка обучения</translation>
    </message>
    <message>
        <source>Check score (AUC)</source>
        <translation>Контрольный показатель (AUC)</translation>
    </message>
    <message>
        <source>Training finished. Comparing the new model with the model in use…</source>
        <translation>Обучение завершено. Новая модель сравнивается с используемой…</translation>
    </message>
    <message>
        <source>Both models were scored on the same {images} images set aside ({normal} normal, {abnormal} abnormal); the new model never saw them during training.</source>
        <translation>Обе модели оценены на одних и тех же отложенных снимках (всего: {images}; норма: {normal}, патология: {abnormal}); новая модель не видела их при обучении.</translation>
    </message>
    <message>
        <source>Model in use (AUC {auc})</source>
        <translation>Используемая модель (AUC {auc})</translation>
    </message>
    <message>
        <source>New model (AUC {auc})</source>
        <translation>Новая модель (AUC {auc})</translation>
    </message>
    <message>
        <source>The new model could not be compared: {reason} It was discarded.</source>
        <translation>Не удалось сравнить новую модель: {reason} Она удалена.</translation>
    </message>
    <message>
        <source>The new model could not be saved.</source>
        <translation>Не удалось сохранить новую модель.</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} Используемая модель не изменилась.</translation>
    </message>
    <message>
        <source>The new model is now in use: {model}.</source>
        <translation>Новая модель теперь используется: {model}.</translation>
    </message>
    <message>
        <source>The new model was saved but could not be switched on; the model in use is unchanged. See the Models tab.</source>
        <translation>Новая модель сохранена, но включить её не удалось; используемая модель не изменилась. См. вкладку «Модели».</translation>
    </message>
    <message>
        <source>The new model was discarded. The model in use is unchanged.</source>
        <translation>Новая модель удалена. Используемая модель не изменилась.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>The user guide could not be found in this installation. Please ask your administrator.</source>
        <translation>Руководство пользователя не найдено в этой установке. Обратитесь к администратору.</translation>
    </message>
</context>
<context>
    <name>UserGuideAction</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>How to use cxrviewer: reading an X-ray, screening a folder, recording decisions</source>
        <translation>Как работать с cxrviewer: просмотр рентгенограммы, скрининг папки, запись решений</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>cxrviewer user guide</source>
        <translation>Руководство пользователя cxrviewer</translation>
    </message>
</context>
<context>
    <name>Windowing</name>
    <message>
        <source>Default (from file)</source>
        <translation>По умолчанию (из файла)</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>Полный диапазон</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Лёгкие</translation>
    </message>
    <message>
        <source>Soft tissue</source>
        <translation>Мягкие ткани</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Кости</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>Image</source>
        <translation>Снимок</translation>
    </message>
    <message>
        <source>Abnormality
score</source>
        <translation>Показатель
патологии</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID пациента</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>ФИО пациента</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Дата исследования</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Номер направления</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source> (differs)</source>
        <translation> (расходится)</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation>Ниже порога</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Нет показателя</translation>
    </message>
    <message>
        <source>Read manually</source>
        <translation>Оценить самостоятельно</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Оценён</translation>
    </message>
    <message>
        <source>Scored earlier</source>
        <translation>Оценён ранее</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Не обработан</translation>
    </message>
    <message>
        <source>The model&apos;s abnormality score; click a header to sort. Images without a score (Read manually) always come first</source>
        <translation>Показатель патологии по модели; щёлкните заголовок, чтобы отсортировать. Снимки без показателя («Оценить самостоятельно») всегда идут первыми</translation>
    </message>
    <message>
        <source>{status} ({when}) by {model} {version}</source>
        <translation>{status} ({when}), модель {model} {version}</translation>
    </message>
    <message>
        <source>Abnormality score {score} · review threshold {threshold} · model {model} {version}</source>
        <translation>Показатель патологии {score} · порог пересмотра {threshold} · модель {model} {version}</translation>
    </message>
    <message>
        <source>It was not screened.</source>
        <translation>Снимок не был обработан.</translation>
    </message>
    <message>
        <source>Read manually. No score: {reason}
Open the image and read it yourself.</source>
        <translation>Оценить самостоятельно. Нет показателя: {reason}
Откройте снимок и оцените его сами.</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Ещё не просмотрен</translation>
    </message>
    <message>
        <source> — differs from the model&apos;s flag</source>
        <translation> — расходится с отметкой модели</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Заметка: {note}</translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <source>Acc. {number}</source>
        <translation>Напр. {number}</translation>
    </message>
    <message>
        <source>flagged or read manually and not yet reviewed</source>
        <translation>отмеченные или для самостоятельной оценки, ещё не просмотренные</translation>
    </message>
    <message>
        <source>flagged or read manually</source>
        <translation>отмеченные или для самостоятельной оценки</translation>
    </message>
    <message>
        <source>not yet reviewed</source>
        <translation>ещё не просмотренные</translation>
    </message>
    <message>
        <source>all images</source>
        <translation>все снимки</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>порядку поступления</translation>
    </message>
    <message>
        <source>highest first</source>
        <translation>по убыванию</translation>
    </message>
    <message>
        <source>lowest first</source>
        <translation>по возрастанию</translation>
    </message>
    <message>
        <source>Z to A</source>
        <translation>от Я до А</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>от А до Я</translation>
    </message>
    <message>
        <source>{filters}; read manually first, then by {column}, {order}</source>
        <translation>{filters}; сначала для самостоятельной оценки, затем по столбцу «{column}», {order}</translation>
    </message>
    <message>
        <source>Export the worklist as CSV</source>
        <translation>Экспорт рабочего списка в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Screening now</source>
        <translation>Идёт скрининг</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Прерван</translation>
    </message>
    <message>
        <source> · {count} flagged</source>
        <translation> · отмечено: {count}</translation>
    </message>
    <message>
        <source> · {count} images</source>
        <translation> · снимков: {count}</translation>
    </message>
    <message>
        <source>Screen a folder (File ▸ Screen folder…, or drop a folder on the window) to list its images here: first those to read manually (no score), then the highest abnormality score. Choose a row, or step with Page Up / Page Down, to see that image.</source>
        <translation>Выполните скрининг папки (Файл ▸ Скрининг папки… или перетащите папку в окно), чтобы увидеть здесь её снимки: сначала те, что нужно оценить самостоятельно (без показателя), затем с наибольшим показателем патологии. Выберите строку или листайте клавишами Page Up / Page Down, чтобы увидеть снимок.</translation>
    </message>
    <message>
        <source>A folder is already being screened. Cancel it first, or wait until it has finished.</source>
        <translation>Скрининг папки уже идёт. Сначала отмените его или дождитесь завершения.</translation>
    </message>
    <message>
        <source>  (showing the {count} {shown})</source>
        <translation>  (показаны {shown}: {count})</translation>
    </message>
    <message>
        <source>Scored {scored} · Flagged {flagged} · Read manually {failed}</source>
        <translation>Оценено: {scored} · Отмечено: {flagged} · Оценить самостоятельно: {failed}</translation>
    </message>
    <message>
        <source> · Already done {count}</source>
        <translation> · Уже сделано: {count}</translation>
    </message>
    <message>
        <source> · Reviewed {count}</source>
        <translation> · Просмотрено: {count}</translation>
    </message>
    <message>
        <source> ({count} differ from the flag)</source>
        <translation> (расходятся с отметкой: {count})</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} с</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} ч {minutes} мин</translation>
    </message>
    <message>
        <source>{rate} images/s</source>
        <translation>{rate} сн./с</translation>
    </message>
</context>
<context>
    <name>WorklistDock</name>
    <message>
        <source>Worklist</source>
        <translation>Рабочий список</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>&amp;Рабочий список</translation>
    </message>
    <message>
        <source>Show or hide the worklist of screened folders and their history</source>
        <translation>Показать или скрыть рабочий список обработанных папок и их историю</translation>
    </message>
</context>
</TS>
