<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AdaptTab</name>
    <message>
        <source>Check the model in use on your own labelled X-rays, and fit an adapted version of it (a new final step on the model&apos;s features; the network itself is unchanged). Every image is scored by a version fitted without it. Switching to the adapted model is recommended only when it is better beyond reasonable doubt.</source>
        <translation>Verifique el modelo en uso con sus propias radiografías etiquetadas y ajuste una versión adaptada (un nuevo paso final sobre las características del modelo; la red en sí no cambia). Cada imagen se puntúa con una versión ajustada sin ella. Cambiar al modelo adaptado solo se recomienda cuando es mejor fuera de toda duda razonable.</translation>
    </message>
    <message>
        <source>No labelled X-rays chosen.</source>
        <translation>No se han elegido radiografías etiquetadas.</translation>
    </message>
    <message>
        <source>Choose folder or list…</source>
        <translation>Elegir carpeta o lista…</translation>
    </message>
    <message>
        <source>Use the images the clinicians reviewed instead</source>
        <translation>Usar en su lugar las imágenes revisadas por los clínicos</translation>
    </message>
    <message>
        <source>Check and adapt</source>
        <translation>Verificar y adaptar</translation>
    </message>
    <message>
        <source>ROC on your X-rays</source>
        <translation>ROC en sus radiografías</translation>
    </message>
    <message>
        <source>1 - specificity</source>
        <translation>1 - especificidad</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>sensibilidad</translation>
    </message>
    <message>
        <source>Switch on although it is not recommended (recorded in the audit log)</source>
        <translation>Activar aunque no se recomiende (queda registrado en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Use the adapted model</source>
        <translation>Usar el modelo adaptado</translation>
    </message>
    <message>
        <source>Folder of labelled X-rays</source>
        <translation>Carpeta de radiografías etiquetadas</translation>
    </message>
    <message>
        <source>Choose a folder or list of labelled X-rays first, or use the reviewed images.</source>
        <translation>Elija primero una carpeta o lista de radiografías etiquetadas, o use las imágenes revisadas.</translation>
    </message>
    <message>
        <source>Scoring {images} labelled X-rays…</source>
        <translation>Puntuando {images} radiografías etiquetadas…</translation>
    </message>
    <message>
        <source>Model in use (AUC {auc})</source>
        <translation>Modelo en uso (AUC {auc})</translation>
    </message>
    <message>
        <source>Adapted, cross-validated (AUC {auc})</source>
        <translation>Adaptado, validación cruzada (AUC {auc})</translation>
    </message>
    <message>
        <source>{reason} ({images} images; gain in AUC {gain}, 95% interval {low} to {high}; adapted model at its threshold: sensitivity {sensitivity}, specificity {specificity}.)</source>
        <translation>{reason} ({images} imágenes; ganancia de AUC {gain}, intervalo de confianza del 95&#xa0;% de {low} a {high}; modelo adaptado en su umbral: sensibilidad {sensitivity}, especificidad {specificity}.)</translation>
    </message>
    <message>
        <source>The adapted model is not recommended; tick the override box to switch it on anyway.</source>
        <translation>El modelo adaptado no se recomienda; marque la casilla de excepción para activarlo de todos modos.</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>No recomendado</translation>
    </message>
    <message>
        <source>The local check did not show that the adapted model is better. Switch it on anyway? This is recorded in the audit log.</source>
        <translation>La verificación local no ha demostrado que el modelo adaptado sea mejor. ¿Activarlo de todos modos? Esto queda registrado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>The adapted model could not be saved.</source>
        <translation>No se pudo guardar el modelo adaptado.</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} El modelo en uso no cambia.</translation>
    </message>
    <message>
        <source>The adapted model is now in use: {model}.</source>
        <translation>El modelo adaptado está ahora en uso: {model}.</translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <source>A new model is being trained or awaits a decision. Unlock to stop or decide, or leave this window open: the work goes on while it is locked.</source>
        <translation>Se está entrenando un nuevo modelo o espera una decisión. Desbloquee para detenerlo o decidir, o deje esta ventana abierta: el trabajo continúa mientras está bloqueada.</translation>
    </message>
    <message>
        <source>cxrviewer – Administration</source>
        <translation>cxrviewer – Administración</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>1. Local X-rays</source>
        <translation>1. Radiografías locales</translation>
    </message>
    <message>
        <source>2. Retrain and compare</source>
        <translation>2. Reentrenar y comparar</translation>
    </message>
    <message>
        <source>Adjust threshold</source>
        <translation>Ajustar el umbral</translation>
    </message>
    <message>
        <source>Clinician reviews</source>
        <translation>Revisiones clínicas</translation>
    </message>
    <message>
        <source>Adapt to this clinic</source>
        <translation>Adaptar a este centro</translation>
    </message>
    <message>
        <source>For screening support; not a diagnosis. Every change is recorded in the audit log.</source>
        <translation>Apoyo al cribado; no es un diagnóstico. Cada cambio se registra en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close and lock this window.</source>
        <translation>Cerrar y bloquear esta ventana.</translation>
    </message>
    <message>
        <source> The training goes on meanwhile.</source>
        <translation> El entrenamiento continúa mientras tanto.</translation>
    </message>
    <message>
        <source> The new model awaits your decision.</source>
        <translation> El nuevo modelo espera su decisión.</translation>
    </message>
    <message>
        <source> The current step goes on meanwhile.</source>
        <translation> El paso actual continúa mientras tanto.</translation>
    </message>
    <message>
        <source>Locked after 1 minute without use.</source>
        <translation>Bloqueado tras 1 minuto sin uso.</translation>
    </message>
    <message>
        <source>Locked after {minutes} minutes without use.</source>
        <translation>Bloqueado tras {minutes} minutos sin uso.</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} El modelo en uso no cambia.</translation>
    </message>
    <message>
        <source>The settings could not be saved. The model in use is unchanged.</source>
        <translation>No se pudo guardar la configuración. El modelo en uso no cambia.</translation>
    </message>
    <message>
        <source>Please wait until the current step has finished.</source>
        <translation>Espere a que termine el paso actual.</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Entrenamiento en curso</translation>
    </message>
    <message>
        <source>Training is still running. Stop it and close this window? Nothing will be changed.</source>
        <translation>El entrenamiento sigue en curso. ¿Detenerlo y cerrar esta ventana? No se cambiará nada.</translation>
    </message>
    <message>
        <source>New model not decided</source>
        <translation>Nuevo modelo sin decidir</translation>
    </message>
    <message>
        <source>Close this window and discard the new model? The model in use stays.</source>
        <translation>¿Cerrar esta ventana y descartar el nuevo modelo? El modelo en uso se mantiene.</translation>
    </message>
</context>
<context>
    <name>AuthPage</name>
    <message>
        <source>That passphrase is not correct. Please try again.</source>
        <translation>Esa frase de contraseña no es correcta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Administrator passphrase</source>
        <translation>Frase de contraseña del administrador</translation>
    </message>
    <message>
        <source>Enter the administrator passphrase to manage the screening model.</source>
        <translation>Introduzca la frase de contraseña del administrador para gestionar el modelo de cribado.</translation>
    </message>
    <message>
        <source>Administration is closed</source>
        <translation>La administración está cerrada</translation>
    </message>
    <message>
        <source>{reason} Administration stays closed until then. Your IT contact runs this command in a terminal on this computer:</source>
        <translation>{reason} La administración permanece cerrada hasta entonces. Su contacto de informática ejecuta este comando en un terminal de este equipo:</translation>
    </message>
    <message>
        <source>No administrator passphrase has been set for this installation, so administration stays closed. The passphrase is set when cxrviewer is installed, not in this window. To set it, your IT contact runs this command in a terminal on this computer:</source>
        <translation>No se ha definido ninguna frase de contraseña de administrador para esta instalación, así que la administración permanece cerrada. La frase se define al instalar cxrviewer, no en esta ventana. Para definirla, su contacto de informática ejecuta este comando en un terminal de este equipo:</translation>
    </message>
    <message>
        <source>It asks for the new passphrase twice. Then press “{button}”. Viewing and screening work as usual meanwhile.</source>
        <translation>Pide la nueva frase dos veces. Después pulse «{button}». Mientras tanto, la visualización y el cribado funcionan con normalidad.</translation>
    </message>
    <message>
        <source>Still no passphrase is set for this installation.</source>
        <translation>Sigue sin haber una frase de contraseña definida para esta instalación.</translation>
    </message>
    <message>
        <source>That passphrase is not correct. </source>
        <translation>Esa frase de contraseña no es correcta. </translation>
    </message>
    <message>
        <source>Too many wrong passphrases: you can try again in {wait}.</source>
        <translation>Demasiadas frases incorrectas: podrá volver a intentarlo en {wait}.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Something went wrong. The model in use is unchanged. Details are in the cxrviewer log file.</source>
        <translation>Algo falló. El modelo en uso no cambia. Los detalles están en el registro de cxrviewer.</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>The screening history could not be read. The details were written to the log.</source>
        <translation>No se pudo leer el historial de cribados. Los detalles se escribieron en el registro.</translation>
    </message>
    <message>
        <source>This screening run could not be read. The details were written to the log.</source>
        <translation>No se pudo leer este cribado. Los detalles se escribieron en el registro.</translation>
    </message>
    <message>
        <source>This screening run is no longer in the results database.</source>
        <translation>Este cribado ya no está en la base de datos de resultados.</translation>
    </message>
    <message>
        <source>{status} · started {when}</source>
        <translation>{status} · iniciado el {when}</translation>
    </message>
    <message>
        <source>This run was interrupted before it finished (cxrviewer was closed or stopped). Resume to screen the rest of the folder.</source>
        <translation>Este cribado se interrumpió antes de terminar (cxrviewer se cerró o se detuvo). Reanude para cribar el resto de la carpeta.</translation>
    </message>
    <message>
        <source>This run was cancelled before it finished. Resume to screen the rest of the folder.</source>
        <translation>Este cribado se canceló antes de terminar. Reanude para cribar el resto de la carpeta.</translation>
    </message>
    <message>
        <source>This run has no screened images.</source>
        <translation>Este cribado no tiene imágenes cribadas.</translation>
    </message>
    <message>
        <source>This folder does not exist or cannot be opened: {folder}</source>
        <translation>Esta carpeta no existe o no se puede abrir: {folder}</translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation>Buscando imágenes…</translation>
    </message>
    <message>
        <source>Screening: looking for images…</source>
        <translation>Cribado: buscando imágenes…</translation>
    </message>
    <message>
        <source>Screening {total} images…</source>
        <translation>Cribando {total} imágenes…</translation>
    </message>
    <message>
        <source>Screening: {done} of {total}</source>
        <translation>Cribado: {done} de {total}</translation>
    </message>
    <message>
        <source>Completed · {total} images in {elapsed}</source>
        <translation>Completado · {total} imágenes en {elapsed}</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} images</source>
        <translation>Cancelado tras {done} de {total} imágenes</translation>
    </message>
    <message>
        <source>Screening was cancelled. The images finished so far are kept; Resume screens the rest of the folder.</source>
        <translation>Se canceló el cribado. Las imágenes terminadas se conservan; Reanudar criba el resto de la carpeta.</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>No cribado</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>no se pudo escribir</translation>
    </message>
    <message>
        <source>The CSV file could not be saved to {folder} ({reason}). Please choose another folder.</source>
        <translation>No se pudo guardar el archivo CSV en {folder} ({reason}). Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Saved {count} of {total} rows ({view}) to {path}</source>
        <translation>Se guardaron {count} de {total} filas ({view}) en {path}</translation>
    </message>
    <message>
        <source> · review threshold {threshold}</source>
        <translation> · umbral de revisión {threshold}</translation>
    </message>
    <message>
        <source>Model {model}{limit}</source>
        <translation>Modelo {model}{limit}</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>… and {count} more.</source>
        <translation>… y {count} más.</translation>
    </message>
    <message>
        <source>Choose chest X-rays from your clinic whose findings are known. Three ways of labelling them are understood: subfolders named &lt;b&gt;normal&lt;/b&gt; and &lt;b&gt;abnormal&lt;/b&gt;; file names ending in &lt;b&gt;_0&lt;/b&gt; (normal) or &lt;b&gt;_1&lt;/b&gt; (abnormal); or a CSV list with the columns &lt;b&gt;file&lt;/b&gt; and &lt;b&gt;label&lt;/b&gt; (0 or 1) and, if a patient has several images, &lt;b&gt;group&lt;/b&gt; (for example the patient number).</source>
        <translation>Elija radiografías de tórax de su centro cuyos hallazgos se conozcan. Se admiten tres formas de etiquetarlas: subcarpetas llamadas &lt;b&gt;normal&lt;/b&gt; y &lt;b&gt;abnormal&lt;/b&gt;; nombres de archivo que terminan en &lt;b&gt;_0&lt;/b&gt; (normal) o &lt;b&gt;_1&lt;/b&gt; (anormal); o una lista CSV con las columnas &lt;b&gt;file&lt;/b&gt; y &lt;b&gt;label&lt;/b&gt; (0 o 1) y, si un paciente tiene varias imágenes, &lt;b&gt;group&lt;/b&gt; (por ejemplo, el número de paciente). Estos nombres se escriben tal cual, en inglés.</translation>
    </message>
    <message>
        <source>Folder or CSV list of labelled X-rays</source>
        <translation>Carpeta o lista CSV de radiografías etiquetadas</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Choose CSV list…</source>
        <translation>Elegir lista CSV…</translation>
    </message>
    <message>
        <source>Check images</source>
        <translation>Comprobar imágenes</translation>
    </message>
    <message>
        <source>The check report appears here.</source>
        <translation>El informe de la comprobación aparece aquí.</translation>
    </message>
    <message>
        <source>Folder of labelled X-rays</source>
        <translation>Carpeta de radiografías etiquetadas</translation>
    </message>
    <message>
        <source>CSV list of labelled X-rays</source>
        <translation>Lista CSV de radiografías etiquetadas</translation>
    </message>
    <message>
        <source>CSV list (*.csv)</source>
        <translation>Lista CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a folder or a CSV list first.</source>
        <translation>Elija primero una carpeta o una lista CSV.</translation>
    </message>
    <message>
        <source>First use or discard the new model (tab “2. Retrain and compare”).</source>
        <translation>Primero use o descarte el nuevo modelo (pestaña «2. Reentrenar y comparar»).</translation>
    </message>
    <message>
        <source>Reading every image once to check it…</source>
        <translation>Leyendo cada imagen una vez para comprobarla…</translation>
    </message>
    <message>
        <source>These images can be used for retraining.</source>
        <translation>Estas imágenes pueden usarse para reentrenar.</translation>
    </message>
    <message>
        <source>The images are divided into three parts: &lt;b&gt;{train}&lt;/b&gt; to train on, &lt;b&gt;{tune}&lt;/b&gt; to tune, and &lt;b&gt;{check}&lt;/b&gt; ({normal} normal, {abnormal} abnormal) to compare the new model with the model in use.</source>
        <translation>Las imágenes se dividen en tres partes: &lt;b&gt;{train}&lt;/b&gt; para entrenar, &lt;b&gt;{tune}&lt;/b&gt; para ajustar y &lt;b&gt;{check}&lt;/b&gt; ({normal} normales, {abnormal} anormales) para comparar el nuevo modelo con el modelo en uso.</translation>
    </message>
    <message>
        <source> Images of the same patient (the list&apos;s &lt;b&gt;group&lt;/b&gt; column) always stay in the same part.</source>
        <translation> Las imágenes de un mismo paciente (columna &lt;b&gt;group&lt;/b&gt; de la lista) siempre quedan en la misma parte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files that cannot be read&lt;/b&gt; (they will be left out):</source>
        <translation>&lt;b&gt;Archivos que no se pueden leer&lt;/b&gt; (se dejarán fuera):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Identical files&lt;/b&gt; (the same image stored more than once):</source>
        <translation>&lt;b&gt;Archivos idénticos&lt;/b&gt; (la misma imagen guardada más de una vez):</translation>
    </message>
    <message>
        <source>labelled differently</source>
        <translation>etiquetadas de forma distinta</translation>
    </message>
</context>
<context>
    <name>FilterExportBar</name>
    <message>
        <source>Flagged only</source>
        <translation>Solo indicadas</translation>
    </message>
    <message>
        <source>List only the images marked &quot;{flag}&quot;, and those without a score (&quot;{manual}&quot;)</source>
        <translation>Mostrar solo las imágenes marcadas como «{flag}» y las que no tienen puntuación («{manual}»)</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>Aún no revisadas</translation>
    </message>
    <message>
        <source>List only the images without a clinician&apos;s decision; an image leaves the list when its decision is recorded</source>
        <translation>Mostrar solo las imágenes sin decisión de un clínico; una imagen sale de la lista cuando se registra su decisión</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the images as listed (the filters and the order on screen) with their scores as a CSV file</source>
        <translation>Guardar las imágenes tal como se listan (filtros y orden en pantalla) con sus puntuaciones en un archivo CSV</translation>
    </message>
</context>
<context>
    <name>HeatmapLegend</name>
    <message>
        <source>Heatmap: influence on the score</source>
        <translation>Mapa de calor: influencia en la puntuación</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>Heatmap colour legend, from low to high influence on the score</source>
        <translation>Leyenda de colores del mapa de calor, de menor a mayor influencia en la puntuación</translation>
    </message>
</context>
<context>
    <name>HistoryBar</name>
    <message>
        <source>Earlier screening runs: choose one to list its images again</source>
        <translation>Cribados anteriores: elija uno para volver a listar sus imágenes</translation>
    </message>
    <message>
        <source>Screening history</source>
        <translation>Historial de cribados</translation>
    </message>
    <message>
        <source>Earlier screenings…</source>
        <translation>Cribados anteriores…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Screen the rest of this folder; images already scored are not screened again</source>
        <translation>Cribar el resto de esta carpeta; las imágenes ya puntuadas no se vuelven a cribar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No screening runs yet</source>
        <translation>Aún no hay cribados</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Model at the time</source>
        <translation>Modelo en ese momento</translation>
    </message>
    <message>
        <source>Decisions on {file}</source>
        <translation>Decisiones sobre {file}</translation>
    </message>
    <message>
        <source>{count} decision(s) on {file}, newest first. The newest counts; earlier ones are kept as they were recorded.</source>
        <translation>{count} decisión(es) sobre {file}, la más reciente primero. Cuenta la más reciente; las anteriores se conservan tal como se registraron.</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>indicada</translation>
    </message>
    <message>
        <source>below threshold</source>
        <translation>bajo el umbral</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>{score} · {flag} · {model} {version}</source>
        <translation>{score} · {flag} · {model} {version}</translation>
    </message>
    <message>
        <source> (differs)</source>
        <translation> (difiere)</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Open a chest X-ray
(File ▸ Open…, or drag image files here)</source>
        <translation>Abra una radiografía de tórax
(Archivo ▸ Abrir…, o arrastre archivos de imagen aquí)</translation>
    </message>
    <message>
        <source>Value {value}</source>
        <translation>Valor {value}</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>{preset}:  W {width}  L {level}</source>
        <translation>{preset}:  W {width}  L {level}</translation>
    </message>
    <message>
        <source>Zoom {zoom}</source>
        <translation>Zoom {zoom}</translation>
    </message>
    <message>
        <source>Inverted</source>
        <translation>Invertida</translation>
    </message>
</context>
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
    <name>LineChart</name>
    <message>
        <source>No data yet</source>
        <translation>Aún no hay datos</translation>
    </message>
</context>
<context>
    <name>LocalCheckLine</name>
    <message>
        <source>Not yet checked at this clinic</source>
        <translation>Aún no verificado en este centro</translation>
    </message>
    <message>
        <source>At this clinic ({images} images, {date}): AUC {auc}, sensitivity {sensitivity}, specificity {specificity}</source>
        <translation>En este centro ({images} imágenes, {date}): AUC {auc}, sensibilidad {sensitivity}, especificidad {specificity}</translation>
    </message>
    <message>
        <source>At hospitals it was not trained on, this model ranked abnormal above normal X-rays with an AUC of about {auc} ({sealed} at {hospitals} other hospitals): treat the score as a rough pointer until it is checked here.</source>
        <translation>En hospitales que no formaron parte de su entrenamiento, este modelo clasificó las radiografías anormales por encima de las normales con un AUC de aproximadamente {auc} ({sealed} en {hospitals} otros hospitales): considere la puntuación solo como una orientación aproximada hasta que el modelo se verifique en este centro.</translation>
    </message>
    <message>
        <source>At hospitals it was not trained on, this model ranked abnormal above normal X-rays with an AUC of about {auc}: treat the score as a rough pointer until it is checked here.</source>
        <translation>En hospitales que no formaron parte de su entrenamiento, este modelo clasificó las radiografías anormales por encima de las normales con un AUC de aproximadamente {auc}: considere la puntuación solo como una orientación aproximada hasta que el modelo se verifique en este centro.</translation>
    </message>
    <message>
        <source>This model&apos;s figures come from the public X-rays it was trained on. How well it works on this clinic&apos;s X-rays has not been measured yet: an administrator can check it on at least 50 labelled local images (Tools ▸ Administration ▸ Adapt, or cxrviewer-cli adapt).</source>
        <translation>Las cifras de este modelo proceden de las radiografías públicas con las que se entrenó. Aún no se ha medido su rendimiento con las radiografías de este centro: un administrador puede verificarlo con al menos 50 imágenes locales etiquetadas (Herramientas ▸ Administración ▸ Adaptar, o cxrviewer-cli adapt).</translation>
    </message>
    <message>
        <source>Measured by an administrator on labelled X-rays of this clinic, each scored as the model would score it (user guide: “Is the model checked at this clinic?”).</source>
        <translation>Medido por un administrador con radiografías etiquetadas de este centro, cada una puntuada como lo haría el modelo (guía del usuario: «¿Está verificado el modelo en este centro?»).</translation>
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
        <translation>Imagen anteri&amp;or</translation>
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
        <source>{bits}-bit {format}</source>
        <translation>{format} de {bits} bits</translation>
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
    <name>ModelHost</name>
    <message>
        <source>The screening model is not available, so no score can be shown.</source>
        <translation>El modelo de cribado no está disponible, así que no se puede mostrar ninguna puntuación.</translation>
    </message>
    <message>
        <source>Something went wrong while analysing this image. The details were written to the log.</source>
        <translation>Algo falló al analizar esta imagen. Los detalles se escribieron en el registro.</translation>
    </message>
    <message>
        <source>The screening model could not be loaded. Please reinstall cxrviewer or ask your administrator.</source>
        <translation>No se pudo cargar el modelo de cribado. Reinstale cxrviewer o consulte a su administrador.</translation>
    </message>
    <message>
        <source>The screening model is not available, so the folder cannot be screened.</source>
        <translation>El modelo de cribado no está disponible, así que no se puede cribar la carpeta.</translation>
    </message>
    <message>
        <source>No files were found in this folder (or its sub-folders).</source>
        <translation>No se encontró ningún archivo en esta carpeta (ni en sus subcarpetas).</translation>
    </message>
    <message>
        <source>Screening was cancelled before it started.</source>
        <translation>El cribado se canceló antes de empezar.</translation>
    </message>
    <message>
        <source>Screening stopped because of an unexpected problem. The details were written to the log.</source>
        <translation>El cribado se detuvo por un problema inesperado. Los detalles se escribieron en el registro.</translation>
    </message>
</context>
<context>
    <name>ModelsTab</name>
    <message>
        <source>activated</source>
        <translation>activación</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazo</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>vuelta al modelo anterior</translation>
    </message>
    <message>
        <source>recalibrated</source>
        <translation>umbral ajustado</translation>
    </message>
    <message>
        <source>training failed</source>
        <translation>entrenamiento fallido</translation>
    </message>
    <message>
        <source>passphrase set</source>
        <translation>frase de contraseña definida</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>frase de contraseña incorrecta</translation>
    </message>
    <message>
        <source>Supplied with cxrviewer</source>
        <translation>Suministrado con cxrviewer</translation>
    </message>
    <message>
        <source>Chosen outside this list</source>
        <translation>Elegido fuera de esta lista</translation>
    </message>
    <message>
        <source>Threshold adjusted on local X-rays</source>
        <translation>Umbral ajustado con radiografías locales</translation>
    </message>
    <message>
        <source>Retrained on local X-rays</source>
        <translation>Reentrenado con radiografías locales</translation>
    </message>
    <message>
        <source>Trained on local X-rays</source>
        <translation>Entrenado con radiografías locales</translation>
    </message>
    <message>
        <source>AUC {auc} · flags {sensitivity} of abnormal, clears {specificity} of normal</source>
        <translation>AUC {auc} · indica el {sensitivity} de las anormales, deja el {specificity} de las normales bajo el umbral</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Results on images set aside</source>
        <translation>Resultados en las imágenes reservadas</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Use the selected model</source>
        <translation>Usar el modelo seleccionado</translation>
    </message>
    <message>
        <source>Recent decisions (audit log):</source>
        <translation>Decisiones recientes (registro de auditoría):</translation>
    </message>
    <message>
        <source>In use now: {model}, threshold {threshold}</source>
        <translation>En uso ahora: {model}, umbral {threshold}</translation>
    </message>
    <message>
        <source>● in use</source>
        <translation>● en uso</translation>
    </message>
    <message>
        <source>No decisions recorded yet.</source>
        <translation>Aún no hay decisiones registradas.</translation>
    </message>
    <message>
        <source>Finish or discard the new model first.</source>
        <translation>Termine o descarte primero el nuevo modelo.</translation>
    </message>
    <message>
        <source>Now in use: {model}.</source>
        <translation>Ahora en uso: {model}.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>The worklist is hidden while you step through the files you opened: View ▸ Worklist (Ctrl+L) shows it again.</source>
        <translation>La lista de trabajo se oculta mientras recorre los archivos abiertos: Ver ▸ Lista de trabajo (Ctrl+L) la vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Next image in the list on screen</source>
        <translation>Imagen siguiente de la lista en pantalla</translation>
    </message>
    <message>
        <source>Previous image in the list on screen</source>
        <translation>Imagen anterior de la lista en pantalla</translation>
    </message>
    <message>
        <source>Open X-ray files (PNG, JPEG, DICOM)</source>
        <translation>Abrir archivos de radiografía (PNG, JPEG, DICOM)</translation>
    </message>
    <message>
        <source>Screen a folder into the worklist</source>
        <translation>Cribar una carpeta en la lista de trabajo</translation>
    </message>
    <message>
        <source>Show or hide the worklist</source>
        <translation>Mostrar u ocultar la lista de trabajo</translation>
    </message>
    <message>
        <source>Previous / next row when the list has the keyboard focus</source>
        <translation>Fila anterior / siguiente cuando la lista tiene el foco del teclado</translation>
    </message>
    <message>
        <source>Your decision: Abnormal / Normal / Not readable</source>
        <translation>Su decisión: Anormal / Normal / No valorable</translation>
    </message>
</context>
<context>
    <name>Orientation</name>
    <message>
        <source>Flipped left–right</source>
        <translation>Volteada izquierda–derecha</translation>
    </message>
    <message>
        <source>Flipped top–bottom</source>
        <translation>Volteada arriba–abajo</translation>
    </message>
    <message>
        <source>Rotated 90° right</source>
        <translation>Girada 90° a la derecha</translation>
    </message>
    <message>
        <source>Rotated 180°</source>
        <translation>Girada 180°</translation>
    </message>
    <message>
        <source>Rotated 90° left</source>
        <translation>Girada 90° a la izquierda</translation>
    </message>
    <message>
        <source>Flipped left–right, then rotated 90° right</source>
        <translation>Volteada izquierda–derecha, luego girada 90° a la derecha</translation>
    </message>
    <message>
        <source>Flipped left–right, then rotated 90° left</source>
        <translation>Volteada izquierda–derecha, luego girada 90° a la izquierda</translation>
    </message>
</context>
<context>
    <name>ReadingActions</name>
    <message>
        <source>Right-drag</source>
        <translation>Arrastrar con el botón derecho</translation>
    </message>
    <message>
        <source>Window/level: left–right changes the width (contrast), up–down the level (brightness)</source>
        <translation>Ventana/nivel: izquierda–derecha cambia la anchura (contraste), arriba–abajo el nivel (brillo)</translation>
    </message>
    <message>
        <source>Double right-click</source>
        <translation>Doble clic derecho</translation>
    </message>
    <message>
        <source>Back to the file&apos;s own window (Default)</source>
        <translation>Volver a la ventana del propio archivo (Predeterminada)</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Rueda del ratón</translation>
    </message>
    <message>
        <source>Zoom in or out around the cursor</source>
        <translation>Acercar o alejar alrededor del cursor</translation>
    </message>
    <message>
        <source>Left-drag</source>
        <translation>Arrastrar con el botón izquierdo</translation>
    </message>
    <message>
        <source>Move the image when it is larger than the view</source>
        <translation>Mover la imagen cuando es mayor que la vista</translation>
    </message>
    <message>
        <source>Double left-click</source>
        <translation>Doble clic izquierdo</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>Ajustar la imagen a la ventana</translation>
    </message>
    <message>
        <source>Window/level: {preset}</source>
        <translation>Ventana/nivel: {preset}</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Invertir</translation>
    </message>
    <message>
        <source>Show the image as a negative</source>
        <translation>Mostrar la imagen en negativo</translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation>Girar a la i&amp;zquierda</translation>
    </message>
    <message>
        <source>Rotate 90° anticlockwise</source>
        <translation>Girar 90° en sentido antihorario</translation>
    </message>
    <message>
        <source>Rotate &amp;right</source>
        <translation>Girar a la &amp;derecha</translation>
    </message>
    <message>
        <source>Rotate 90° clockwise</source>
        <translation>Girar 90° en sentido horario</translation>
    </message>
    <message>
        <source>Flip left–ri&amp;ght</source>
        <translation>&amp;Voltear izquierda–derecha</translation>
    </message>
    <message>
        <source>Mirror the image left to right</source>
        <translation>Reflejar la imagen de izquierda a derecha</translation>
    </message>
    <message>
        <source>Flip &amp;top–bottom</source>
        <translation>Voltear arriba–a&amp;bajo</translation>
    </message>
    <message>
        <source>Turn the image upside down</source>
        <translation>Poner la imagen boca abajo</translation>
    </message>
    <message>
        <source>&amp;Actual size (1:1)</source>
        <translation>&amp;Tamaño real (1:1)</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>Un píxel de la imagen por píxel de la pantalla</translation>
    </message>
    <message>
        <source>&amp;Zoom in</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Al&amp;ejar</translation>
    </message>
    <message>
        <source>R&amp;eset view</source>
        <translation>&amp;Restablecer la vista</translation>
    </message>
    <message>
        <source>Default window, not inverted, upright, fitted to the window</source>
        <translation>Ventana predeterminada, sin invertir, derecha, ajustada a la ventana</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Read the image on the whole screen (Esc leaves)</source>
        <translation>Leer la imagen en toda la pantalla (Esc para salir)</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>The keys for moving through images, deciding and reading the image</source>
        <translation>Las teclas para pasar de una imagen a otra, decidir y leer la imagen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Window/le&amp;vel</source>
        <translation>Ve&amp;ntana/nivel</translation>
    </message>
    <message>
        <source>Window/level</source>
        <translation>Ventana/nivel</translation>
    </message>
    <message>
        <source>Window/level presets (right-drag on the image to adjust)</source>
        <translation>Ajustes predefinidos de ventana/nivel (arrastre con el botón derecho sobre la imagen para ajustar)</translation>
    </message>
    <message>
        <source>{key} or double right-click</source>
        <translation>{key} o doble clic derecho</translation>
    </message>
    <message>
        <source>Full screen / leave full screen</source>
        <translation>Pantalla completa / salir de pantalla completa</translation>
    </message>
    <message>
        <source>Show/hide the heatmap (with its colour legend)</source>
        <translation>Mostrar/ocultar el mapa de calor (con su leyenda de colores)</translation>
    </message>
    <message>
        <source>Moving through images, deciding</source>
        <translation>Pasar de una imagen a otra, decidir</translation>
    </message>
    <message>
        <source>Reading the image</source>
        <translation>Leer la imagen</translation>
    </message>
    <message>
        <source>Reading changes the display only, never the image or its score.</source>
        <translation>La lectura solo cambia la visualización, nunca la imagen ni su puntuación.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Not yet reviewed</source>
        <translation>Aún no revisada</translation>
    </message>
    <message>
        <source>Chest X-ray screening report</source>
        <translation>Informe de cribado de radiografía de tórax</translation>
    </message>
    <message>
        <source>the PDF file was not written</source>
        <translation>el archivo PDF no se escribió</translation>
    </message>
    <message>
        <source>Every image must still be read by a qualified clinician. A score below the threshold does not mean the image is normal, and a flagged image is not necessarily abnormal.</source>
        <translation>Cada imagen debe seguir siendo leída por un clínico cualificado. Una puntuación inferior al umbral no significa que la imagen sea normal, y una imagen indicada no es necesariamente anormal.</translation>
    </message>
    <message>
        <source>Created {when}</source>
        <translation>Creado el {when}</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Fecha del estudio</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>N.º de acceso</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Abnormality score</source>
        <translation>Puntuación de anomalía</translation>
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
        <source>Model: {model}</source>
        <translation>Modelo: {model}</translation>
    </message>
    <message>
        <source>… (shortened)</source>
        <translation>… (abreviada)</translation>
    </message>
    <message>
        <source>Clinician&apos;s decision</source>
        <translation>Decisión del clínico</translation>
    </message>
    <message>
        <source>The report could not be drawn (the file or printer could not be opened).</source>
        <translation>No se pudo generar el informe (no se pudo abrir el archivo o la impresora).</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>With heatmap (inside the lungs)</source>
        <translation>Con mapa de calor (dentro de los pulmones)</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>The model gave no heatmap for this image.</source>
        <translation>El modelo no dio ningún mapa de calor para esta imagen.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Printing is not available in this version of cxrviewer. Export the report (File ▸ Export report…) and print the PDF instead.</source>
        <translation>La impresión no está disponible en esta versión de cxrviewer. Exporte el informe (Archivo ▸ Exportar informe…) e imprima el PDF.</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>no se pudo escribir</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>E&amp;xportar informe…</translation>
    </message>
    <message>
        <source>Save a one-page PDF report of the image on show</source>
        <translation>Guardar un informe PDF de una página de la imagen mostrada</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the one-page report of the image on show</source>
        <translation>Imprimir el informe de una página de la imagen mostrada</translation>
    </message>
    <message>
        <source>The decision could not be read from the results database.</source>
        <translation>No se pudo leer la decisión de la base de datos de resultados.</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <source>The report could not be saved to {folder} ({reason}). Please choose another folder.</source>
        <translation>No se pudo guardar el informe en {folder} ({reason}). Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Informe guardado en {path}</translation>
    </message>
    <message>
        <source>The report could not be printed. Please check the printer and try again.</source>
        <translation>No se pudo imprimir el informe. Compruebe la impresora e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>El informe se envió a la impresora.</translation>
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
    <name>ReviewController</name>
    <message>
        <source>The decision was not saved: the results database could not be written. The details were written to the log.</source>
        <translation>La decisión no se guardó: no se pudo escribir en la base de datos de resultados. Los detalles se escribieron en el registro.</translation>
    </message>
    <message>
        <source>Record “{decision}”</source>
        <translation>Registrar «{decision}»</translation>
    </message>
    <message>
        <source>Change &amp;reviewer…</source>
        <translation>Cambiar de &amp;revisor…</translation>
    </message>
    <message>
        <source>Decision &amp;history…</source>
        <translation>&amp;Historial de decisiones…</translation>
    </message>
    <message>
        <source>The decision was not saved: choose who is reviewing first.</source>
        <translation>La decisión no se guardó: elija primero quién revisa.</translation>
    </message>
    <message>
        <source>The decision was not saved: {reason}</source>
        <translation>La decisión no se guardó: {reason}</translation>
    </message>
    <message>
        <source>The decision history could not be read. The details were written to the log.</source>
        <translation>No se pudo leer el historial de decisiones. Los detalles se escribieron en el registro.</translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <source>Who is reviewing?</source>
        <translation>¿Quién revisa?</translation>
    </message>
    <message>
        <source>Your name is saved with each decision you record in this session.</source>
        <translation>Su nombre se guarda con cada decisión que registre en esta sesión.</translation>
    </message>
    <message>
        <source>Add reviewer…</source>
        <translation>Añadir revisor…</translation>
    </message>
    <message>
        <source>New reviewer&apos;s name, e.g. Dr A. Mensah</source>
        <translation>Nombre del nuevo revisor, p. ej. Dr. A. Mensah</translation>
    </message>
    <message>
        <source>Review as this person</source>
        <translation>Revisar como esta persona</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>Missed by the model</source>
        <translation>No detectada por el modelo</translation>
    </message>
    <message>
        <source>Flagged, reviewer: normal</source>
        <translation>Indicada, revisor: normal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reviewer said</source>
        <translation>Según el revisor</translation>
    </message>
    <message>
        <source>Model said</source>
        <translation>Según el modelo</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The list could not be saved to {path} ({reason}). Choose another folder.</source>
        <translation>No se pudo guardar la lista en {path} ({reason}). Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Each image&apos;s latest decision by your clinicians, compared with the model&apos;s flag at the time. Images marked not readable, and images without a score, are left out of the rates.</source>
        <translation>La última decisión de sus clínicos sobre cada imagen, comparada con la indicación del modelo en ese momento. Las imágenes marcadas como no valorables y las imágenes sin puntuación no se incluyen en las tasas.</translation>
    </message>
    <message>
        <source>Images reviewed:</source>
        <translation>Imágenes revisadas:</translation>
    </message>
    <message>
        <source>Sensitivity:</source>
        <translation>Sensibilidad:</translation>
    </message>
    <message>
        <source>Specificity:</source>
        <translation>Especificidad:</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Concordancia:</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modelos:</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Discrepancias</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Save as a labelled list…</source>
        <translation>Guardar como lista etiquetada…</translation>
    </message>
    <message>
        <source>Check that the reviewed files are unchanged and list them with their decision as labels, for the “1. Local X-rays” tab (no image is copied)</source>
        <translation>Comprobar que los archivos revisados no han cambiado y listarlos con su decisión como etiqueta, para la pestaña «1. Radiografías locales» (no se copia ninguna imagen)</translation>
    </message>
    <message>
        <source>The clinicians&apos; decisions could not be read. The details are in the log.</source>
        <translation>No se pudieron leer las decisiones de los clínicos. Los detalles están en el registro.</translation>
    </message>
    <message>
        <source>{reviewed} ({abnormal} abnormal, {normal} normal, {unreadable} not readable); {compared} compared with the model</source>
        <translation>{reviewed} ({abnormal} anormales, {normal} normales, {unreadable} no valorables); {compared} comparadas con el modelo</translation>
    </message>
    <message>
        <source>{rate} — abnormal images the model flagged</source>
        <translation>{rate} — imágenes anormales que el modelo indicó</translation>
    </message>
    <message>
        <source>{rate} — normal images it left below the threshold</source>
        <translation>{rate} — imágenes normales que dejó bajo el umbral</translation>
    </message>
    <message>
        <source>Disagreements ({count}), newest first</source>
        <translation>Discrepancias ({count}), las más recientes primero</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>indicada</translation>
    </message>
    <message>
        <source>below threshold</source>
        <translation>bajo el umbral</translation>
    </message>
    <message>
        <source>Save the reviewed images as a labelled list</source>
        <translation>Guardar las imágenes revisadas como lista etiquetada</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>No list was saved: {reason}.</source>
        <translation>No se guardó ninguna lista: {reason}.</translation>
    </message>
    <message>
        <source>{result}. Saved to {path}: choose it on the “1. Local X-rays” tab to check it or to train on it.</source>
        <translation>{result}. Guardada en {path}: elíjala en la pestaña «1. Radiografías locales» para comprobarla o para entrenar con ella.</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>Screening run summary</source>
        <translation>Resumen del cribado</translation>
    </message>
    <message>
        <source>Read manually (could not be scored)</source>
        <translation>Leer manualmente (no se pudo puntuar)</translation>
    </message>
    <message>
        <source>Flagged “{flag}”</source>
        <translation>Indicadas «{flag}»</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Puntuadas</translation>
    </message>
    <message>
        <source>Reviewed by a clinician</source>
        <translation>Revisadas por un clínico</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>Aún no revisada</translation>
    </message>
    <message>
        <source>{decision} (differs)</source>
        <translation>{decision} (difiere)</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Página {page}</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (continuación)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source> · review threshold {threshold}</source>
        <translation> · umbral de revisión {threshold}</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Cribado</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Flagged: {flag} ({count})</source>
        <translation>Indicadas: {flag} ({count})</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The summary could not be drawn (the file or printer could not be opened).</source>
        <translation>No se pudo generar el resumen (no se pudo abrir el archivo o la impresora).</translation>
    </message>
</context>
<context>
    <name>RunSummaryExport</name>
    <message>
        <source>Export summary (PDF)…</source>
        <translation>Exportar resumen (PDF)…</translation>
    </message>
    <message>
        <source>Save a PDF summary of this run: the counts, the flagged images and those to read manually</source>
        <translation>Guardar un resumen PDF de este cribado: los recuentos, las imágenes indicadas y las que hay que leer manualmente</translation>
    </message>
    <message>
        <source>Export the run summary as PDF</source>
        <translation>Exportar el resumen del cribado como PDF</translation>
    </message>
    <message>
        <source>There is no screening run on show to summarise.</source>
        <translation>No se muestra ningún cribado que resumir.</translation>
    </message>
    <message>
        <source>The summary could not be made: the results database could not be read. The details were written to the log.</source>
        <translation>No se pudo hacer el resumen: no se pudo leer la base de datos de resultados. Los detalles se escribieron en el registro.</translation>
    </message>
    <message>
        <source>The summary could not be saved to {folder} ({reason}). Please choose another folder.</source>
        <translation>No se pudo guardar el resumen en {folder} ({reason}). Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Saved the summary (1 page) to {path}</source>
        <translation>Resumen (1 página) guardado en {path}</translation>
    </message>
    <message>
        <source>Saved the summary ({pages} pages) to {path}</source>
        <translation>Resumen ({pages} páginas) guardado en {path}</translation>
    </message>
</context>
<context>
    <name>ScoreBar</name>
    <message>
        <source>score {score}, review threshold {threshold}</source>
        <translation>puntuación {score}, umbral de revisión {threshold}</translation>
    </message>
</context>
<context>
    <name>ScreeningProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop screening; the images finished so far are kept</source>
        <translation>Detener el cribado; las imágenes terminadas se conservan</translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation>Buscando imágenes…</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Calculando el tiempo restante…</translation>
    </message>
    <message>
        <source>%v of {total} images</source>
        <translation>%v de {total} imágenes</translation>
    </message>
    <message>
        <source> · about {duration} left</source>
        <translation> · quedan unos {duration}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>StudyLine</name>
    <message>
        <source>no patient details in the file</source>
        <translation>el archivo no contiene datos del paciente</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Fecha del estudio</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>N.º de acceso</translation>
    </message>
    <message>
        <source>Patient and study of the image shown</source>
        <translation>Paciente y estudio de la imagen mostrada</translation>
    </message>
</context>
<context>
    <name>ThresholdTab</name>
    <message>
        <source>Calculated on {images} images ({normal} normal, {abnormal} abnormal). With the new threshold, {sensitivity} of abnormal images are flagged, and {after} of normal images would be flagged for review (now {before}).</source>
        <translation>Calculado con {images} imágenes ({normal} normales, {abnormal} anormales). Con el nuevo umbral se indica el {sensitivity} de las imágenes anormales, y el {after} de las imágenes normales se indicaría para revisión (ahora el {before}).</translation>
    </message>
    <message>
        <source> With fewer than 100 images these figures are rough.</source>
        <translation> Con menos de 100 imágenes, estas cifras son aproximadas.</translation>
    </message>
    <message>
        <source>The threshold decides above which score an image is flagged “Review recommended”. Here it can be set on your own labelled X-rays so that the model in use flags a chosen share of abnormal images. The model itself is not changed; the adjusted version is added to the Models list, so the previous threshold can always be put back.</source>
        <translation>El umbral decide a partir de qué puntuación una imagen se indica como «Se recomienda revisión». Aquí puede fijarse con sus propias radiografías etiquetadas para que el modelo en uso indique la proporción elegida de imágenes anormales. El modelo en sí no cambia; la versión ajustada se añade a la lista de modelos, de modo que siempre se puede volver al umbral anterior.</translation>
    </message>
    <message>
        <source>First check a folder of labelled X-rays on the “1. Local X-rays” tab.</source>
        <translation>Primero compruebe una carpeta de radiografías etiquetadas en la pestaña «1. Radiografías locales».</translation>
    </message>
    <message>
        <source>{n} % of abnormal images flagged</source>
        <translation>{n}&#xa0;% de imágenes anormales indicadas</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <source>Current threshold</source>
        <translation>Umbral actual</translation>
    </message>
    <message>
        <source>New threshold</source>
        <translation>Nuevo umbral</translation>
    </message>
    <message>
        <source>Threshold (flag when score is at least)</source>
        <translation>Umbral (indicar a partir de esta puntuación)</translation>
    </message>
    <message>
        <source>Abnormal images flagged (sensitivity)</source>
        <translation>Imágenes anormales indicadas (sensibilidad)</translation>
    </message>
    <message>
        <source>Normal images not flagged (specificity)</source>
        <translation>Imágenes normales no indicadas (especificidad)</translation>
    </message>
    <message>
        <source>Use the new threshold</source>
        <translation>Usar el nuevo umbral</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <source>Scoring {images} images the model in use has not been trained on…</source>
        <translation>Puntuando {images} imágenes con las que el modelo en uso no se ha entrenado…</translation>
    </message>
    <message>
        <source>The new threshold could not be saved.</source>
        <translation>No se pudo guardar el nuevo umbral.</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} El modelo en uso no cambia.</translation>
    </message>
    <message>
        <source>The new threshold ({threshold}) is now in use.</source>
        <translation>El nuevo umbral ({threshold}) está ahora en uso.</translation>
    </message>
    <message>
        <source>The new threshold could not be switched on; the model in use is unchanged.</source>
        <translation>No se pudo activar el nuevo umbral; el modelo en uso no cambia.</translation>
    </message>
</context>
<context>
    <name>TrainingProcess</name>
    <message>
        <source>Training failed.</source>
        <translation>El entrenamiento ha fallado.</translation>
    </message>
    <message>
        <source>Training was stopped. No new model was saved; the model in use is unchanged.</source>
        <translation>El entrenamiento se detuvo. No se guardó ningún modelo nuevo; el modelo en uso no cambia.</translation>
    </message>
    <message>
        <source>Training stopped unexpectedly. No new model was saved; the model in use is unchanged.</source>
        <translation>El entrenamiento se detuvo de forma inesperada. No se guardó ningún modelo nuevo; el modelo en uso no cambia.</translation>
    </message>
    <message>
        <source>The training program could not be started. Please reinstall cxrviewer or ask IT.</source>
        <translation>No se pudo iniciar el programa de entrenamiento. Reinstale cxrviewer o consulte al servicio de informática.</translation>
    </message>
    <message>
        <source>Starting training…</source>
        <translation>Iniciando el entrenamiento…</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Deteniendo tras el paso actual…</translation>
    </message>
    <message>
        <source>Training: round {epoch} of {epochs}</source>
        <translation>Entrenamiento: ciclo {epoch} de {epochs}</translation>
    </message>
    <message>
        <source>Reading images: {done} of {total}</source>
        <translation>Leyendo imágenes: {done} de {total}</translation>
    </message>
    <message>
        <source>Training: first round…</source>
        <translation>Entrenamiento: primer ciclo…</translation>
    </message>
    <message>
        <source>Saving the new model…</source>
        <translation>Guardando el nuevo modelo…</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>Retraining needs the full installation ({bundle}). Ask your IT contact. Adjusting the threshold works in this installation.</source>
        <translation>Para reentrenar se necesita la instalación completa ({bundle}). Consulte a su contacto de informática. El ajuste del umbral funciona en esta instalación.</translation>
    </message>
    <message>
        <source>Retraining needs the full installation ({bundle}, or cxrviewer installed with its “train” extra). Ask your IT contact. Adjusting the threshold works in this installation.</source>
        <translation>Para reentrenar se necesita la instalación completa ({bundle}, o cxrviewer instalado con su extra «train»). Consulte a su contacto de informática. El ajuste del umbral funciona en esta instalación.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Improve the model in use with your X-rays (recommended)</source>
        <translation>Mejorar el modelo en uso con sus radiografías (recomendado)</translation>
    </message>
    <message>
        <source>Train a new model from scratch (needs many more images)</source>
        <translation>Entrenar un modelo nuevo desde cero (requiere muchas más imágenes)</translation>
    </message>
    <message>
        <source>{n} rounds</source>
        <translation>{n} ciclos</translation>
    </message>
    <message>
        <source>{n} % of patients</source>
        <translation>{n}&#xa0;% de los pacientes</translation>
    </message>
    <message>
        <source>Half of these images tune the new model, half compare it with the model in use. None of them are used to train it.</source>
        <translation>La mitad de estas imágenes ajusta el nuevo modelo y la otra mitad lo compara con el modelo en uso. Ninguna se usa para entrenarlo.</translation>
    </message>
    <message>
        <source>Training length:</source>
        <translation>Duración del entrenamiento:</translation>
    </message>
    <message>
        <source>Set aside for checking:</source>
        <translation>Reservado para el control:</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Iniciar el entrenamiento</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>Detener el entrenamiento</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progreso del entrenamiento</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Training error should fall; the check score (AUC on images set aside for tuning) should rise. 1.0 is perfect, 0.5 is chance.</source>
        <translation>El error de entrenamiento debe bajar; la puntuación de control (AUC en las imágenes reservadas para ajustar) debe subir. 1,0 es perfecto; 0,5, el azar.</translation>
    </message>
    <message>
        <source>The curve appears after the first round.</source>
        <translation>La curva aparece tras el primer ciclo.</translation>
    </message>
    <message>
        <source>New model compared with the model in use, on your images set aside</source>
        <translation>Nuevo modelo comparado con el modelo en uso, en sus imágenes reservadas</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>Modelo en uso</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Nuevo modelo</translation>
    </message>
    <message>
        <source>Tells normal from abnormal (AUC, 1.00 = perfect)</source>
        <translation>Distingue normales de anormales (AUC, 1,00 = perfecto)</translation>
    </message>
    <message>
        <source>Abnormal images flagged (sensitivity)</source>
        <translation>Imágenes anormales indicadas (sensibilidad)</translation>
    </message>
    <message>
        <source>Normal images not flagged (specificity)</source>
        <translation>Imágenes normales no indicadas (especificidad)</translation>
    </message>
    <message>
        <source>Threshold (flag when score is at least)</source>
        <translation>Umbral (indicar a partir de esta puntuación)</translation>
    </message>
    <message>
        <source>Flagged abnormal vs false alarms</source>
        <translation>Anormales indicadas frente a falsas alarmas</translation>
    </message>
    <message>
        <source>False alarms (normal images flagged)</source>
        <translation>Falsas alarmas (imágenes normales indicadas)</translation>
    </message>
    <message>
        <source>Abnormal images flagged</source>
        <translation>Imágenes anormales indicadas</translation>
    </message>
    <message>
        <source>Use the new model</source>
        <translation>Usar el nuevo modelo</translation>
    </message>
    <message>
        <source>Discard the new model</source>
        <translation>Descartar el nuevo modelo</translation>
    </message>
    <message>
        <source>AUC summarises how well the scores separate normal from abnormal images at every threshold. Sensitivity and specificity are at each model&apos;s own threshold.</source>
        <translation>El AUC resume lo bien que las puntuaciones separan las imágenes normales de las anormales en todos los umbrales. La sensibilidad y la especificidad se dan en el umbral propio de cada modelo.</translation>
    </message>
    <message>
        <source>First check a folder of labelled X-rays on the “1. Local X-rays” tab.</source>
        <translation>Primero compruebe una carpeta de radiografías etiquetadas en la pestaña «1. Radiografías locales».</translation>
    </message>
    <message>
        <source>Training is not possible with these images: {reason}</source>
        <translation>No es posible entrenar con estas imágenes: {reason}</translation>
    </message>
    <message>
        <source>Images: {normal} normal and {abnormal} abnormal from {folder}.</source>
        <translation>Imágenes: {normal} normales y {abnormal} anormales, de {folder}.</translation>
    </message>
    <message>
        <source>The model in use cannot be improved here (the file needed for further training is not part of it). Choose “Train a new model from scratch”, or put back the model supplied with cxrviewer first.</source>
        <translation>El modelo en uso no se puede mejorar aquí (no incluye el archivo necesario para seguir entrenándolo). Elija «Entrenar un modelo nuevo desde cero» o vuelva primero al modelo suministrado con cxrviewer.</translation>
    </message>
    <message>
        <source>Training on {train} images; {tune} tune it and {check} are kept aside to compare it with the model in use.</source>
        <translation>Entrenando con {train} imágenes; {tune} lo ajustan y {check} se reservan para compararlo con el modelo en uso.</translation>
    </message>
    <message>
        <source>Training error</source>
        <translation>Error de entrenamiento</translation>
    </message>
    <message>
        <source>Check score (AUC)</source>
        <translation>Puntuación de control (AUC)</translation>
    </message>
    <message>
        <source>Training finished. Comparing the new model with the model in use…</source>
        <translation>Entrenamiento terminado. Comparando el nuevo modelo con el modelo en uso…</translation>
    </message>
    <message>
        <source>Both models were scored on the same {images} images set aside ({normal} normal, {abnormal} abnormal); the new model never saw them during training.</source>
        <translation>Ambos modelos se puntuaron con las mismas {images} imágenes reservadas ({normal} normales, {abnormal} anormales); el nuevo modelo nunca las vio durante el entrenamiento.</translation>
    </message>
    <message>
        <source>Model in use (AUC {auc})</source>
        <translation>Modelo en uso (AUC {auc})</translation>
    </message>
    <message>
        <source>New model (AUC {auc})</source>
        <translation>Nuevo modelo (AUC {auc})</translation>
    </message>
    <message>
        <source>The new model could not be compared: {reason} It was discarded.</source>
        <translation>No se pudo comparar el nuevo modelo: {reason} Se ha descartado.</translation>
    </message>
    <message>
        <source>The new model could not be saved.</source>
        <translation>No se pudo guardar el nuevo modelo.</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} El modelo en uso no cambia.</translation>
    </message>
    <message>
        <source>The new model is now in use: {model}.</source>
        <translation>El nuevo modelo está ahora en uso: {model}.</translation>
    </message>
    <message>
        <source>The new model was saved but could not be switched on; the model in use is unchanged. See the Models tab.</source>
        <translation>El nuevo modelo se guardó pero no se pudo activar; el modelo en uso no cambia. Consulte la pestaña Modelos.</translation>
    </message>
    <message>
        <source>The new model was discarded. The model in use is unchanged.</source>
        <translation>Se descartó el nuevo modelo. El modelo en uso no cambia.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>The user guide could not be found in this installation. Please ask your administrator.</source>
        <translation>No se encontró la guía del usuario en esta instalación. Consulte a su administrador.</translation>
    </message>
</context>
<context>
    <name>UserGuideAction</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>How to use cxrviewer: reading an X-ray, screening a folder, recording decisions</source>
        <translation>Cómo usar cxrviewer: leer una radiografía, cribar una carpeta, registrar decisiones</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>cxrviewer user guide</source>
        <translation>Guía del usuario de cxrviewer</translation>
    </message>
</context>
<context>
    <name>Windowing</name>
    <message>
        <source>Default (from file)</source>
        <translation>Predeterminada (del archivo)</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>Rango completo</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Pulmón</translation>
    </message>
    <message>
        <source>Soft tissue</source>
        <translation>Tejidos blandos</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Hueso</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Abnormality
score</source>
        <translation>Puntuación
de anomalía</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Fecha del estudio</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>N.º de acceso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source> (differs)</source>
        <translation> (difiere)</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation>Bajo el umbral</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <source>Read manually</source>
        <translation>Leer manualmente</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Puntuada</translation>
    </message>
    <message>
        <source>Scored earlier</source>
        <translation>Puntuada antes</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>No cribada</translation>
    </message>
    <message>
        <source>The model&apos;s abnormality score; click a header to sort. Images without a score (Read manually) always come first</source>
        <translation>La puntuación de anomalía del modelo; haga clic en un encabezado para ordenar. Las imágenes sin puntuación (Leer manualmente) siempre van primero</translation>
    </message>
    <message>
        <source>{status} ({when}) by {model} {version}</source>
        <translation>{status} ({when}) por {model} {version}</translation>
    </message>
    <message>
        <source>Abnormality score {score} · review threshold {threshold} · model {model} {version}</source>
        <translation>Puntuación de anomalía {score} · umbral de revisión {threshold} · modelo {model} {version}</translation>
    </message>
    <message>
        <source>It was not screened.</source>
        <translation>No se cribó.</translation>
    </message>
    <message>
        <source>Read manually. No score: {reason}
Open the image and read it yourself.</source>
        <translation>Leer manualmente. Sin puntuación: {reason}
Abra la imagen y léala usted mismo.</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Aún no revisada</translation>
    </message>
    <message>
        <source> — differs from the model&apos;s flag</source>
        <translation> — difiere de la indicación del modelo</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <source>Acc. {number}</source>
        <translation>Acceso {number}</translation>
    </message>
    <message>
        <source>flagged or read manually and not yet reviewed</source>
        <translation>indicadas o para leer manualmente, aún no revisadas</translation>
    </message>
    <message>
        <source>flagged or read manually</source>
        <translation>indicadas o para leer manualmente</translation>
    </message>
    <message>
        <source>not yet reviewed</source>
        <translation>aún no revisadas</translation>
    </message>
    <message>
        <source>all images</source>
        <translation>todas las imágenes</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>orden de llegada</translation>
    </message>
    <message>
        <source>highest first</source>
        <translation>de mayor a menor</translation>
    </message>
    <message>
        <source>lowest first</source>
        <translation>de menor a mayor</translation>
    </message>
    <message>
        <source>Z to A</source>
        <translation>de Z a A</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>de A a Z</translation>
    </message>
    <message>
        <source>{filters}; read manually first, then by {column}, {order}</source>
        <translation>{filters}; primero las de leer manualmente, luego por {column}, {order}</translation>
    </message>
    <message>
        <source>Export the worklist as CSV</source>
        <translation>Exportar la lista de trabajo como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Screening now</source>
        <translation>Cribando ahora</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source> · {count} flagged</source>
        <translation> · {count} indicadas</translation>
    </message>
    <message>
        <source> · {count} images</source>
        <translation> · {count} imágenes</translation>
    </message>
    <message>
        <source>Screen a folder (File ▸ Screen folder…, or drop a folder on the window) to list its images here: first those to read manually (no score), then the highest abnormality score. Choose a row, or step with Page Up / Page Down, to see that image.</source>
        <translation>Cribe una carpeta (Archivo ▸ Cribar una carpeta…, o suelte una carpeta sobre la ventana) para listar aquí sus imágenes: primero las que hay que leer manualmente (sin puntuación), luego la puntuación de anomalía más alta. Elija una fila, o avance con Re Pág / Av Pág, para ver esa imagen.</translation>
    </message>
    <message>
        <source>A folder is already being screened. Cancel it first, or wait until it has finished.</source>
        <translation>Ya se está cribando una carpeta. Cancélelo primero o espere a que termine.</translation>
    </message>
    <message>
        <source>  (showing the {count} {shown})</source>
        <translation>  (se muestran las {count} {shown})</translation>
    </message>
    <message>
        <source>Scored {scored} · Flagged {flagged} · Read manually {failed}</source>
        <translation>Puntuadas {scored} · Indicadas {flagged} · Leer manualmente {failed}</translation>
    </message>
    <message>
        <source> · Already done {count}</source>
        <translation> · Ya hechas {count}</translation>
    </message>
    <message>
        <source> · Reviewed {count}</source>
        <translation> · Revisadas {count}</translation>
    </message>
    <message>
        <source> ({count} differ from the flag)</source>
        <translation> ({count} difieren de la indicación)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{rate} images/s</source>
        <translation>{rate} imágenes/s</translation>
    </message>
</context>
<context>
    <name>WorklistDock</name>
    <message>
        <source>Worklist</source>
        <translation>Lista de trabajo</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>&amp;Lista de trabajo</translation>
    </message>
    <message>
        <source>Show or hide the worklist of screened folders and their history</source>
        <translation>Mostrar u ocultar la lista de trabajo de las carpetas cribadas y su historial</translation>
    </message>
</context>
</TS>
