<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The language could not be saved: the settings folder cannot be written.</source>
        <translation>No se pudo guardar el idioma: no se puede escribir en la carpeta de configuración.</translation>
    </message>
    <message>
        <source>The language will change when cxrviewer is restarted.</source>
        <translation>El idioma cambiará cuando se reinicie cxrviewer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Chest X-ray images (*.png *.jpg *.jpeg *.dcm *.dicom *.dic)</source>
        <translation>Radiografías de tórax (*.png *.jpg *.jpeg *.dcm *.dicom *.dic)</translation>
    </message>
    <message>
        <source>DICOM files (*.dcm *.dicom *.dic)</source>
        <translation>Archivos DICOM (*.dcm *.dicom *.dic)</translation>
    </message>
    <message>
        <source>Administration is not available in this version.</source>
        <translation>La administración no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>Choose an image in the worklist
to see it here with its heatmap</source>
        <translation>Elija una imagen en la lista de trabajo
para verla aquí con su mapa de calor</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open one or more chest X-ray images</source>
        <translation>Abrir una o varias radiografías de tórax</translation>
    </message>
    <message>
        <source>Screen &amp;folder…</source>
        <translation>Cribar una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Screen every chest X-ray in a folder and list them by abnormality score</source>
        <translation>Analizar todas las radiografías de tórax de una carpeta y ordenarlas por puntuación de anomalía</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Show the whole image</source>
        <translation>Mostrar la imagen completa</translation>
    </message>
    <message>
        <source>Show/hide &amp;heatmap</source>
        <translation>Mostrar/ocultar el &amp;mapa de calor</translation>
    </message>
    <message>
        <source>&amp;Next image</source>
        <translation>Imagen &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous image</source>
        <translation>Imagen &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Administración…</translation>
    </message>
    <message>
        <source>&amp;About cxrviewer</source>
        <translation>&amp;Acerca de cxrviewer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Model not loaded</source>
        <translation>Modelo no cargado</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Model ready: {model}</source>
        <translation>Modelo listo: {model}</translation>
    </message>
    <message>
        <source>Review threshold {threshold}; loaded from {folder}</source>
        <translation>Umbral de revisión {threshold}; cargado desde {folder}</translation>
    </message>
    <message>
        <source>The new model could not be loaded: {reason} Still using {model}.</source>
        <translation>No se pudo cargar el nuevo modelo: {reason} Se sigue usando {model}.</translation>
    </message>
    <message>
        <source>No model: viewing only</source>
        <translation>Sin modelo: solo visualización</translation>
    </message>
    <message>
        <source>{reason} Images can still be viewed, but no scores are shown.</source>
        <translation>{reason} Las imágenes se pueden ver, pero no se muestra ninguna puntuación.</translation>
    </message>
    <message>
        <source>Open chest X-rays</source>
        <translation>Abrir radiografías de tórax</translation>
    </message>
    <message>
        <source>No image files found.</source>
        <translation>No se encontró ningún archivo de imagen.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>opening…</source>
        <translation>abriendo…</translation>
    </message>
    <message>
        <source>This file cannot be shown.
The reason is given on the right.</source>
        <translation>Este archivo no se puede mostrar.
El motivo se indica a la derecha.</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <source>Screen a folder of chest X-rays</source>
        <translation>Cribar una carpeta de radiografías de tórax</translation>
    </message>
    <message>
        <source>One folder is screened at a time: screening {folder}. Drop the others once it has finished.</source>
        <translation>Se criba una carpeta cada vez: cribando {folder}. Suelte las demás cuando haya terminado.</translation>
    </message>
    <message>
        <source>cxrviewer closed unexpectedly last time. A technical report was saved to {report}. If this happens again, please send that file to your administrator.</source>
        <translation>cxrviewer se cerró inesperadamente la última vez. Se guardó un informe técnico en {report}. Si vuelve a ocurrir, envíe ese archivo a su administrador.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
        <source>Administration could not be opened. The details were written to the log.</source>
        <translation>No se pudo abrir la administración. Los detalles se escribieron en el registro.</translation>
    </message>
    <message>
        <source> (set by your administrator)</source>
        <translation> (fijado por su administrador)</translation>
    </message>
    <message>
        <source>Model: {model}&lt;br&gt;Review threshold: {threshold}{overridden}</source>
        <translation>Modelo: {model}&lt;br&gt;Umbral de revisión: {threshold}{overridden}</translation>
    </message>
    <message>
        <source>Model: not loaded</source>
        <translation>Modelo: no cargado</translation>
    </message>
    <message>
        <source>Chest X-ray screening support.</source>
        <translation>Apoyo al cribado mediante radiografía de tórax.</translation>
    </message>
    <message>
        <source>About cxrviewer</source>
        <translation>Acerca de cxrviewer</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>For screening support; not a diagnosis.</source>
        <translation>Apoyo al cribado; no es un diagnóstico.</translation>
    </message>
    <message>
        <source>Review recommended</source>
        <translation>Se recomienda revisión</translation>
    </message>
    <message>
        <source>Below review threshold</source>
        <translation>Por debajo del umbral de revisión</translation>
    </message>
    <message>
        <source>The score is at or above the review threshold. Please review this image.</source>
        <translation>La puntuación es igual o superior al umbral de revisión. Revise esta imagen.</translation>
    </message>
    <message>
        <source>A score below the threshold does not rule out disease.</source>
        <translation>Una puntuación inferior al umbral no descarta enfermedad.</translation>
    </message>
    <message>
        <source>Brighter colours mark the areas that most influenced the score.</source>
        <translation>Los colores más brillantes marcan las zonas que más influyeron en la puntuación.</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>Anormal</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Not readable</source>
        <translation>No valorable</translation>
    </message>
    <message>
        <source>No score: read this image manually</source>
        <translation>Sin puntuación: lea esta imagen manualmente</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Aún no revisada</translation>
    </message>
    <message>
        <source>Reviewer: asked at your first decision</source>
        <translation>Revisor: se pide al decidir</translation>
    </message>
    <message>
        <source>Reviewed: {decision} by {reviewer}, {when}</source>
        <translation>Revisada: {decision} por {reviewer}, {when}</translation>
    </message>
    <message>
        <source>Differs from the model: it flagged this image “{flag}”.</source>
        <translation>Difiere del modelo: marcó esta imagen como «{flag}».</translation>
    </message>
    <message>
        <source>Differs from the model: its score is below the review threshold.</source>
        <translation>Difiere del modelo: su puntuación está por debajo del umbral de revisión.</translation>
    </message>
    <message>
        <source>No image open.
Open a chest X-ray to see its abnormality score.</source>
        <translation>No hay ninguna imagen abierta.
Abra una radiografía de tórax para ver su puntuación de anomalía.</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <source>Abnormality score</source>
        <translation>Puntuación de anomalía</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Show where the model looked (H)</source>
        <translation>Mostrar dónde se fijó el modelo (H)</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>Opacidad del mapa de calor</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Caution: {caution}</source>
        <translation>Precaución: {caution}</translation>
    </message>
    <message>
        <source>set by your administrator</source>
        <translation>fijado por su administrador</translation>
    </message>
    <message>
        <source>from the model card</source>
        <translation>según la ficha del modelo</translation>
    </message>
    <message>
        <source>Review threshold: {threshold} ({source})</source>
        <translation>Umbral de revisión: {threshold} ({source})</translation>
    </message>
    <message>
        <source>Model: {name} {version}</source>
        <translation>Modelo: {name} {version}</translation>
    </message>
    <message>
        <source>This image could not be analysed</source>
        <translation>No se pudo analizar esta imagen</translation>
    </message>
</context>
<context>
    <name>ReviewBox</name>
    <message>
        <source>Your decision</source>
        <translation>Su decisión</translation>
    </message>
    <message>
        <source>keys A · N · U</source>
        <translation>teclas A · N · U</translation>
    </message>
    <message>
        <source>Record “{decision}” for this image ({key})</source>
        <translation>Registrar «{decision}» para esta imagen ({key})</translation>
    </message>
    <message>
        <source>Note (optional): type it, then choose</source>
        <translation>Nota opcional; luego elija</translation>
    </message>
    <message>
        <source>Note saved with the decision</source>
        <translation>Nota guardada con la decisión</translation>
    </message>
    <message>
        <source>Change reviewer…</source>
        <translation>Cambiar de revisor…</translation>
    </message>
    <message>
        <source>Choose who is reviewing (asked once per session)</source>
        <translation>Elegir quién revisa (se pide una vez por sesión)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Every decision recorded for this image, corrections included</source>
        <translation>Todas las decisiones registradas para esta imagen, correcciones incluidas</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>History ({count})…</source>
        <translation>Historial ({count})…</translation>
    </message>
    <message>
        <source>Reviewer: {name}</source>
        <translation>Revisor: {name}</translation>
    </message>
</context>
<context>
    <name>ScoreBar</name>
    <message>
        <source>score {score}, review threshold {threshold}</source>
        <translation>puntuación {score}, umbral de revisión {threshold}</translation>
    </message>
</context>
</TS>
