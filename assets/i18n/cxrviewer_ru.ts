<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
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
        <translation>&amp;По размеру окна</translation>
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
        <translation>&amp;Предыдущий снимок</translation>
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
        <translation>&amp;Справка</translation>
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
    <name>ScoreBar</name>
    <message>
        <source>score {score}, review threshold {threshold}</source>
        <translation>показатель {score}, порог пересмотра {threshold}</translation>
    </message>
</context>
</TS>
