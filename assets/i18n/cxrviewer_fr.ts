<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdminDialog</name>
    <message>
        <source>A new model is being trained or awaits a decision. Unlock to stop or decide, or leave this window open: the work goes on while it is locked.</source>
        <translation>Un nouveau modèle est en cours d’entraînement ou attend une décision. Déverrouillez pour l’arrêter ou décider, ou laissez cette fenêtre ouverte&#xa0;: le travail continue pendant le verrouillage.</translation>
    </message>
    <message>
        <source>cxrviewer – Administration</source>
        <translation>cxrviewer – Administration</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>1. Local X-rays</source>
        <translation>1. Radiographies locales</translation>
    </message>
    <message>
        <source>2. Retrain and compare</source>
        <translation>2. Réentraîner et comparer</translation>
    </message>
    <message>
        <source>Adjust threshold</source>
        <translation>Ajuster le seuil</translation>
    </message>
    <message>
        <source>Clinician reviews</source>
        <translation>Relectures cliniques</translation>
    </message>
    <message>
        <source>Adapt to this clinic</source>
        <translation>Adapter à cet établissement</translation>
    </message>
    <message>
        <source>For screening support; not a diagnosis. Every change is recorded in the audit log.</source>
        <translation>Aide au dépistage&#xa0;; ne constitue pas un diagnostic. Chaque modification est consignée dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close and lock this window.</source>
        <translation>Fermer et verrouiller cette fenêtre.</translation>
    </message>
    <message>
        <source> The training goes on meanwhile.</source>
        <translation> L’entraînement continue pendant ce temps.</translation>
    </message>
    <message>
        <source> The new model awaits your decision.</source>
        <translation> Le nouveau modèle attend votre décision.</translation>
    </message>
    <message>
        <source> The current step goes on meanwhile.</source>
        <translation> L’étape en cours continue pendant ce temps.</translation>
    </message>
    <message>
        <source>Locked after 1 minute without use.</source>
        <translation>Verrouillé après 1 minute d’inactivité.</translation>
    </message>
    <message>
        <source>Locked after {minutes} minutes without use.</source>
        <translation>Verrouillé après {minutes} minutes d’inactivité.</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} Le modèle utilisé reste inchangé.</translation>
    </message>
    <message>
        <source>The settings could not be saved. The model in use is unchanged.</source>
        <translation>Les paramètres n’ont pas pu être enregistrés. Le modèle utilisé reste inchangé.</translation>
    </message>
    <message>
        <source>Please wait until the current step has finished.</source>
        <translation>Veuillez attendre la fin de l’étape en cours.</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Entraînement en cours</translation>
    </message>
    <message>
        <source>Training is still running. Stop it and close this window? Nothing will be changed.</source>
        <translation>L’entraînement est toujours en cours. L’arrêter et fermer cette fenêtre&#xa0;? Rien ne sera modifié.</translation>
    </message>
    <message>
        <source>New model not decided</source>
        <translation>Nouveau modèle non décidé</translation>
    </message>
    <message>
        <source>Close this window and discard the new model? The model in use stays.</source>
        <translation>Fermer cette fenêtre et abandonner le nouveau modèle&#xa0;? Le modèle utilisé est conservé.</translation>
    </message>
</context>
<context>
    <name>AuthPage</name>
    <message>
        <source>That passphrase is not correct. Please try again.</source>
        <translation>Cette phrase secrète est incorrecte. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Administrator passphrase</source>
        <translation>Phrase secrète de l’administrateur</translation>
    </message>
    <message>
        <source>Enter the administrator passphrase to manage the screening model.</source>
        <translation>Saisissez la phrase secrète de l’administrateur pour gérer le modèle de dépistage.</translation>
    </message>
    <message>
        <source>Administration is closed</source>
        <translation>L’administration est fermée</translation>
    </message>
    <message>
        <source>{reason} Administration stays closed until then. Your IT contact runs this command in a terminal on this computer:</source>
        <translation>{reason} L’administration reste fermée d’ici là. Votre contact informatique exécute cette commande dans un terminal sur cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>No administrator passphrase has been set for this installation, so administration stays closed. The passphrase is set when cxrviewer is installed, not in this window. To set it, your IT contact runs this command in a terminal on this computer:</source>
        <translation>Aucune phrase secrète d’administrateur n’a été définie pour cette installation&#xa0;: l’administration reste donc fermée. La phrase secrète se définit à l’installation de cxrviewer, pas dans cette fenêtre. Pour la définir, votre contact informatique exécute cette commande dans un terminal sur cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>It asks for the new passphrase twice. Then press “{button}”. Viewing and screening work as usual meanwhile.</source>
        <translation>Elle demande deux fois la nouvelle phrase secrète. Appuyez ensuite sur «&#xa0;{button}&#xa0;». Entre-temps, l’affichage et le dépistage fonctionnent normalement.</translation>
    </message>
    <message>
        <source>Still no passphrase is set for this installation.</source>
        <translation>Toujours aucune phrase secrète définie pour cette installation.</translation>
    </message>
    <message>
        <source>That passphrase is not correct. </source>
        <translation>Cette phrase secrète est incorrecte. </translation>
    </message>
    <message>
        <source>Too many wrong passphrases: you can try again in {wait}.</source>
        <translation>Trop de phrases secrètes erronées&#xa0;: vous pourrez réessayer dans {wait}.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Something went wrong. The model in use is unchanged. Details are in the cxrviewer log file.</source>
        <translation>Un problème est survenu. Le modèle utilisé reste inchangé. Les détails figurent dans le journal de cxrviewer.</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>This screening run could not be read. The details were written to the log.</source>
        <translation>Cette analyse n’a pas pu être lue. Les détails ont été écrits dans le journal.</translation>
    </message>
    <message>
        <source>This screening run is no longer in the results database.</source>
        <translation>Cette analyse ne figure plus dans la base des résultats.</translation>
    </message>
    <message>
        <source>{status} · started {when}</source>
        <translation>{status} · commencée le {when}</translation>
    </message>
    <message>
        <source>This run was interrupted before it finished (cxrviewer was closed or stopped). Resume to screen the rest of the folder.</source>
        <translation>Cette analyse a été interrompue avant la fin (cxrviewer a été fermé ou arrêté). Reprenez-la pour analyser le reste du dossier.</translation>
    </message>
    <message>
        <source>This run was cancelled before it finished. Resume to screen the rest of the folder.</source>
        <translation>Cette analyse a été annulée avant la fin. Reprenez-la pour analyser le reste du dossier.</translation>
    </message>
    <message>
        <source>This run has no screened images.</source>
        <translation>Cette analyse ne contient aucune image analysée.</translation>
    </message>
    <message>
        <source>This folder does not exist or cannot be opened: {folder}</source>
        <translation>Ce dossier n’existe pas ou ne peut pas être ouvert&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation>Recherche des images…</translation>
    </message>
    <message>
        <source>Screening: looking for images…</source>
        <translation>Analyse&#xa0;: recherche des images…</translation>
    </message>
    <message>
        <source>Screening {total} images…</source>
        <translation>Analyse de {total} images…</translation>
    </message>
    <message>
        <source>Screening: {done} of {total}</source>
        <translation>Analyse&#xa0;: {done} sur {total}</translation>
    </message>
    <message>
        <source>Completed · {total} images in {elapsed}</source>
        <translation>Terminée · {total} images en {elapsed}</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} images</source>
        <translation>Annulée après {done} images sur {total}</translation>
    </message>
    <message>
        <source>Screening was cancelled. The images finished so far are kept; Resume screens the rest of the folder.</source>
        <translation>L’analyse a été annulée. Les images déjà traitées sont conservées&#xa0;; Reprendre analyse le reste du dossier.</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Non analysé</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>écriture impossible</translation>
    </message>
    <message>
        <source>The CSV file could not be saved to {folder} ({reason}). Please choose another folder.</source>
        <translation>Le fichier CSV n’a pas pu être enregistré dans {folder} ({reason}). Veuillez choisir un autre dossier.</translation>
    </message>
    <message>
        <source>Saved {count} of {total} rows ({view}) to {path}</source>
        <translation>{count} lignes sur {total} ({view}) enregistrées dans {path}</translation>
    </message>
    <message>
        <source> · review threshold {threshold}</source>
        <translation> · seuil de relecture {threshold}</translation>
    </message>
    <message>
        <source>Model {model}{limit}</source>
        <translation>Modèle {model}{limit}</translation>
    </message>
</context>
<context>
    <name>FilterExportBar</name>
    <message>
        <source>Flagged only</source>
        <translation>Signalées seulement</translation>
    </message>
    <message>
        <source>List only the images marked &quot;{flag}&quot;, and those without a score (&quot;{manual}&quot;)</source>
        <translation>N’afficher que les images marquées «&#xa0;{flag}&#xa0;» et celles sans score («&#xa0;{manual}&#xa0;»)</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>Pas encore relues</translation>
    </message>
    <message>
        <source>List only the images without a clinician&apos;s decision; an image leaves the list when its decision is recorded</source>
        <translation>N’afficher que les images sans décision d’un clinicien&#xa0;; une image quitte la liste dès que sa décision est enregistrée</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the images as listed (the filters and the order on screen) with their scores as a CSV file</source>
        <translation>Enregistrer les images telles qu’elles sont listées (filtres et ordre à l’écran) avec leurs scores dans un fichier CSV</translation>
    </message>
</context>
<context>
    <name>HeatmapLegend</name>
    <message>
        <source>Heatmap: influence on the score</source>
        <translation>Carte de chaleur&#xa0;: influence sur le score</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>high</source>
        <translation>forte</translation>
    </message>
    <message>
        <source>Heatmap colour legend, from low to high influence on the score</source>
        <translation>Légende des couleurs de la carte de chaleur, de la plus faible à la plus forte influence sur le score</translation>
    </message>
</context>
<context>
    <name>HistoryBar</name>
    <message>
        <source>Earlier screening runs: choose one to list its images again</source>
        <translation>Analyses précédentes&#xa0;: choisissez-en une pour relister ses images</translation>
    </message>
    <message>
        <source>Screening history</source>
        <translation>Historique des analyses</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Screen the rest of this folder; images already scored are not screened again</source>
        <translation>Analyser le reste de ce dossier&#xa0;; les images déjà évaluées ne sont pas réanalysées</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No screening runs yet</source>
        <translation>Aucune analyse pour l’instant</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Model at the time</source>
        <translation>Modèle à ce moment</translation>
    </message>
    <message>
        <source>Decisions on {file}</source>
        <translation>Décisions sur {file}</translation>
    </message>
    <message>
        <source>{count} decision(s) on {file}, newest first. The newest counts; earlier ones are kept as they were recorded.</source>
        <translation>{count} décision(s) sur {file}, la plus récente en premier. La plus récente fait foi&#xa0;; les précédentes sont conservées telles qu’elles ont été enregistrées.</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>signalée</translation>
    </message>
    <message>
        <source>below threshold</source>
        <translation>sous le seuil</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>pas de score</translation>
    </message>
    <message>
        <source>{score} · {flag} · {model} {version}</source>
        <translation>{score} · {flag} · {model} {version}</translation>
    </message>
    <message>
        <source> (differs)</source>
        <translation> (diffère)</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Open a chest X-ray
(File ▸ Open…, or drag image files here)</source>
        <translation>Ouvrez une radiographie thoracique
(Fichier ▸ Ouvrir…, ou glissez des fichiers image ici)</translation>
    </message>
    <message>
        <source>Value {value}</source>
        <translation>Valeur {value}</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>{preset}:  W {width}  L {level}</source>
        <translation>{preset}&#xa0;:  W {width}  L {level}</translation>
    </message>
    <message>
        <source>Zoom {zoom}</source>
        <translation>Zoom {zoom}</translation>
    </message>
    <message>
        <source>Inverted</source>
        <translation>Inversée</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language could not be saved: the settings folder cannot be written.</source>
        <translation>La langue n’a pas pu être enregistrée&#xa0;: le dossier des paramètres n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The language will change when cxrviewer is restarted.</source>
        <translation>La langue changera au prochain démarrage de cxrviewer.</translation>
    </message>
</context>
<context>
    <name>LocalCheckLine</name>
    <message>
        <source>Not yet checked at this clinic</source>
        <translation>Pas encore vérifié dans cet établissement</translation>
    </message>
    <message>
        <source>At this clinic ({images} images, {date}): AUC {auc}, sensitivity {sensitivity}, specificity {specificity}</source>
        <translation>Dans cet établissement ({images} images, {date})&#xa0;: AUC {auc}, sensibilité {sensitivity}, spécificité {specificity}</translation>
    </message>
    <message>
        <source>This model&apos;s figures come from the public X-rays it was trained on. How well it works on this clinic&apos;s X-rays has not been measured yet: an administrator can check it on at least 50 labelled local images (Tools ▸ Administration ▸ Adapt, or cxrviewer-cli adapt).</source>
        <translation>Les chiffres de ce modèle proviennent des radiographies publiques sur lesquelles il a été entraîné. Ses performances sur les radiographies de cet établissement n’ont pas encore été mesurées&#xa0;: un administrateur peut le vérifier sur au moins 50 images locales annotées (Outils ▸ Administration ▸ Adapter, ou cxrviewer-cli adapt).</translation>
    </message>
    <message>
        <source>Measured by an administrator on labelled X-rays of this clinic, each scored as the model would score it (user guide: “Is the model checked at this clinic?”).</source>
        <translation>Mesuré par un administrateur sur des radiographies annotées de cet établissement, chacune évaluée comme le modèle l’évaluerait (guide d’utilisation&#xa0;: «&#xa0;Le modèle est-il vérifié dans cet établissement&#xa0;?&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Chest X-ray images (*.png *.jpg *.jpeg *.dcm *.dicom *.dic)</source>
        <translation>Radiographies thoraciques (*.png *.jpg *.jpeg *.dcm *.dicom *.dic)</translation>
    </message>
    <message>
        <source>DICOM files (*.dcm *.dicom *.dic)</source>
        <translation>Fichiers DICOM (*.dcm *.dicom *.dic)</translation>
    </message>
    <message>
        <source>Administration is not available in this version.</source>
        <translation>L’administration n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Choose an image in the worklist
to see it here with its heatmap</source>
        <translation>Choisissez une image dans la liste de travail
pour l’afficher ici avec sa carte de chaleur</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open one or more chest X-ray images</source>
        <translation>Ouvrir une ou plusieurs radiographies thoraciques</translation>
    </message>
    <message>
        <source>Screen &amp;folder…</source>
        <translation>&amp;Dépister un dossier…</translation>
    </message>
    <message>
        <source>Screen every chest X-ray in a folder and list them by abnormality score</source>
        <translation>Analyser toutes les radiographies thoraciques d’un dossier et les classer par score d’anomalie</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Show the whole image</source>
        <translation>Afficher l’image entière</translation>
    </message>
    <message>
        <source>Show/hide &amp;heatmap</source>
        <translation>Afficher/masquer la &amp;carte de chaleur</translation>
    </message>
    <message>
        <source>&amp;Next image</source>
        <translation>Image &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous image</source>
        <translation>Image &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Administration…</translation>
    </message>
    <message>
        <source>&amp;About cxrviewer</source>
        <translation>À &amp;propos de cxrviewer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Model not loaded</source>
        <translation>Modèle non chargé</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Model ready: {model}</source>
        <translation>Modèle prêt&#xa0;: {model}</translation>
    </message>
    <message>
        <source>Review threshold {threshold}; loaded from {folder}</source>
        <translation>Seuil de relecture {threshold}&#xa0;; chargé depuis {folder}</translation>
    </message>
    <message>
        <source>The new model could not be loaded: {reason} Still using {model}.</source>
        <translation>Le nouveau modèle n’a pas pu être chargé&#xa0;: {reason} Le modèle {model} reste utilisé.</translation>
    </message>
    <message>
        <source>No model: viewing only</source>
        <translation>Pas de modèle&#xa0;: affichage seul</translation>
    </message>
    <message>
        <source>{reason} Images can still be viewed, but no scores are shown.</source>
        <translation>{reason} Les images restent consultables, mais aucun score n’est affiché.</translation>
    </message>
    <message>
        <source>Open chest X-rays</source>
        <translation>Ouvrir des radiographies thoraciques</translation>
    </message>
    <message>
        <source>No image files found.</source>
        <translation>Aucun fichier image trouvé.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>opening…</source>
        <translation>ouverture…</translation>
    </message>
    <message>
        <source>This file cannot be shown.
The reason is given on the right.</source>
        <translation>Ce fichier ne peut pas être affiché.
La raison est indiquée à droite.</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Screen a folder of chest X-rays</source>
        <translation>Dépister un dossier de radiographies thoraciques</translation>
    </message>
    <message>
        <source>One folder is screened at a time: screening {folder}. Drop the others once it has finished.</source>
        <translation>Un seul dossier est analysé à la fois&#xa0;: analyse de {folder}. Déposez les autres une fois celle-ci terminée.</translation>
    </message>
    <message>
        <source>cxrviewer closed unexpectedly last time. A technical report was saved to {report}. If this happens again, please send that file to your administrator.</source>
        <translation>cxrviewer s’est fermé de façon inattendue la dernière fois. Un rapport technique a été enregistré dans {report}. Si cela se reproduit, envoyez ce fichier à votre administrateur.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Administration could not be opened. The details were written to the log.</source>
        <translation>L’administration n’a pas pu être ouverte. Les détails ont été écrits dans le journal.</translation>
    </message>
    <message>
        <source> (set by your administrator)</source>
        <translation> (fixé par votre administrateur)</translation>
    </message>
    <message>
        <source>Model: {model}&lt;br&gt;Review threshold: {threshold}{overridden}</source>
        <translation>Modèle&#xa0;: {model}&lt;br&gt;Seuil de relecture&#xa0;: {threshold}{overridden}</translation>
    </message>
    <message>
        <source>Model: not loaded</source>
        <translation>Modèle&#xa0;: non chargé</translation>
    </message>
    <message>
        <source>Chest X-ray screening support.</source>
        <translation>Aide au dépistage par radiographie thoracique.</translation>
    </message>
    <message>
        <source>About cxrviewer</source>
        <translation>À propos de cxrviewer</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ModelHost</name>
    <message>
        <source>The screening model is not available, so no score can be shown.</source>
        <translation>Le modèle de dépistage n’est pas disponible&#xa0;: aucun score ne peut être affiché.</translation>
    </message>
    <message>
        <source>Something went wrong while analysing this image. The details were written to the log.</source>
        <translation>Un problème est survenu pendant l’analyse de cette image. Les détails ont été écrits dans le journal.</translation>
    </message>
    <message>
        <source>The screening model could not be loaded. Please reinstall cxrviewer or ask your administrator.</source>
        <translation>Le modèle de dépistage n’a pas pu être chargé. Réinstallez cxrviewer ou adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>The screening model is not available, so the folder cannot be screened.</source>
        <translation>Le modèle de dépistage n’est pas disponible&#xa0;: le dossier ne peut pas être analysé.</translation>
    </message>
    <message>
        <source>No files were found in this folder (or its sub-folders).</source>
        <translation>Aucun fichier n’a été trouvé dans ce dossier (ni dans ses sous-dossiers).</translation>
    </message>
    <message>
        <source>Screening was cancelled before it started.</source>
        <translation>L’analyse a été annulée avant de commencer.</translation>
    </message>
    <message>
        <source>Screening stopped because of an unexpected problem. The details were written to the log.</source>
        <translation>L’analyse s’est arrêtée à cause d’un problème inattendu. Les détails ont été écrits dans le journal.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>The worklist is hidden while you step through the files you opened: View ▸ Worklist (Ctrl+L) shows it again.</source>
        <translation>La liste de travail est masquée pendant que vous parcourez les fichiers ouverts&#xa0;: Affichage ▸ Liste de travail (Ctrl+L) l’affiche à nouveau.</translation>
    </message>
    <message>
        <source>Next image in the list on screen</source>
        <translation>Image suivante de la liste à l’écran</translation>
    </message>
    <message>
        <source>Previous image in the list on screen</source>
        <translation>Image précédente de la liste à l’écran</translation>
    </message>
    <message>
        <source>Open X-ray files (PNG, JPEG, DICOM)</source>
        <translation>Ouvrir des fichiers de radiographie (PNG, JPEG, DICOM)</translation>
    </message>
    <message>
        <source>Screen a folder into the worklist</source>
        <translation>Dépister un dossier dans la liste de travail</translation>
    </message>
    <message>
        <source>Show or hide the worklist</source>
        <translation>Afficher ou masquer la liste de travail</translation>
    </message>
    <message>
        <source>Previous / next row when the list has the keyboard focus</source>
        <translation>Ligne précédente / suivante quand la liste a le focus clavier</translation>
    </message>
    <message>
        <source>Your decision: Abnormal / Normal / Not readable</source>
        <translation>Votre décision&#xa0;: Anormal / Normal / Illisible</translation>
    </message>
</context>
<context>
    <name>Orientation</name>
    <message>
        <source>Flipped left–right</source>
        <translation>Retournée gauche–droite</translation>
    </message>
    <message>
        <source>Flipped top–bottom</source>
        <translation>Retournée haut–bas</translation>
    </message>
    <message>
        <source>Rotated 90° right</source>
        <translation>Pivotée de 90° à droite</translation>
    </message>
    <message>
        <source>Rotated 180°</source>
        <translation>Pivotée de 180°</translation>
    </message>
    <message>
        <source>Rotated 90° left</source>
        <translation>Pivotée de 90° à gauche</translation>
    </message>
    <message>
        <source>Flipped left–right, then rotated 90° right</source>
        <translation>Retournée gauche–droite, puis pivotée de 90° à droite</translation>
    </message>
    <message>
        <source>Flipped left–right, then rotated 90° left</source>
        <translation>Retournée gauche–droite, puis pivotée de 90° à gauche</translation>
    </message>
</context>
<context>
    <name>ReadingActions</name>
    <message>
        <source>Right-drag</source>
        <translation>Glisser clic droit</translation>
    </message>
    <message>
        <source>Window/level: left–right changes the width (contrast), up–down the level (brightness)</source>
        <translation>Fenêtrage&#xa0;: gauche–droite modifie la largeur (contraste), haut–bas le niveau (luminosité)</translation>
    </message>
    <message>
        <source>Double right-click</source>
        <translation>Double clic droit</translation>
    </message>
    <message>
        <source>Back to the file&apos;s own window (Default)</source>
        <translation>Retour au fenêtrage du fichier (Par défaut)</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Molette de la souris</translation>
    </message>
    <message>
        <source>Zoom in or out around the cursor</source>
        <translation>Zoom avant ou arrière autour du curseur</translation>
    </message>
    <message>
        <source>Left-drag</source>
        <translation>Glisser clic gauche</translation>
    </message>
    <message>
        <source>Move the image when it is larger than the view</source>
        <translation>Déplacer l’image quand elle dépasse la vue</translation>
    </message>
    <message>
        <source>Double left-click</source>
        <translation>Double clic gauche</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>Ajuster l’image à la fenêtre</translation>
    </message>
    <message>
        <source>Window/level: {preset}</source>
        <translation>Fenêtrage&#xa0;: {preset}</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <source>Show the image as a negative</source>
        <translation>Afficher l’image en négatif</translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation>Rotation à &amp;gauche</translation>
    </message>
    <message>
        <source>Rotate 90° anticlockwise</source>
        <translation>Rotation de 90° dans le sens antihoraire</translation>
    </message>
    <message>
        <source>Rotate &amp;right</source>
        <translation>Rotation à &amp;droite</translation>
    </message>
    <message>
        <source>Rotate 90° clockwise</source>
        <translation>Rotation de 90° dans le sens horaire</translation>
    </message>
    <message>
        <source>Flip left–ri&amp;ght</source>
        <translation>Miroir gauche–droi&amp;te</translation>
    </message>
    <message>
        <source>Mirror the image left to right</source>
        <translation>Retourner l’image de gauche à droite</translation>
    </message>
    <message>
        <source>Flip &amp;top–bottom</source>
        <translation>Miroir &amp;haut–bas</translation>
    </message>
    <message>
        <source>Turn the image upside down</source>
        <translation>Retourner l’image de haut en bas</translation>
    </message>
    <message>
        <source>&amp;Actual size (1:1)</source>
        <translation>&amp;Taille réelle (1:1)</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>Un pixel de l’image par pixel de l’écran</translation>
    </message>
    <message>
        <source>&amp;Zoom in</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>R&amp;eset view</source>
        <translation>Réi&amp;nitialiser l’affichage</translation>
    </message>
    <message>
        <source>Default window, not inverted, upright, fitted to the window</source>
        <translation>Fenêtrage par défaut, sans inversion, à l’endroit, ajusté à la fenêtre</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>Plein &amp;écran</translation>
    </message>
    <message>
        <source>Read the image on the whole screen (Esc leaves)</source>
        <translation>Lire l’image sur tout l’écran (Échap pour quitter)</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>The keys for moving through images, deciding and reading the image</source>
        <translation>Les touches pour passer d’une image à l’autre, décider et lire l’image</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Window/le&amp;vel</source>
        <translation>&amp;Fenêtrage</translation>
    </message>
    <message>
        <source>Window/level</source>
        <translation>Fenêtrage</translation>
    </message>
    <message>
        <source>Window/level presets (right-drag on the image to adjust)</source>
        <translation>Préréglages de fenêtrage (glisser clic droit sur l’image pour ajuster)</translation>
    </message>
    <message>
        <source>{key} or double right-click</source>
        <translation>{key} ou double clic droit</translation>
    </message>
    <message>
        <source>Full screen / leave full screen</source>
        <translation>Plein écran / quitter le plein écran</translation>
    </message>
    <message>
        <source>Show/hide the heatmap (with its colour legend)</source>
        <translation>Afficher/masquer la carte de chaleur (avec sa légende de couleurs)</translation>
    </message>
    <message>
        <source>Moving through images, deciding</source>
        <translation>Passer d’une image à l’autre, décider</translation>
    </message>
    <message>
        <source>Reading the image</source>
        <translation>Lire l’image</translation>
    </message>
    <message>
        <source>Reading changes the display only, never the image or its score.</source>
        <translation>La lecture ne modifie que l’affichage, jamais l’image ni son score.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Not yet reviewed</source>
        <translation>Pas encore relue</translation>
    </message>
    <message>
        <source>Chest X-ray screening report</source>
        <translation>Rapport de dépistage par radiographie thoracique</translation>
    </message>
    <message>
        <source>Every image must still be read by a qualified clinician. A score below the threshold does not mean the image is normal, and a flagged image is not necessarily abnormal.</source>
        <translation>Chaque image doit toujours être interprétée par un clinicien qualifié. Un score sous le seuil ne signifie pas que l’image est normale, et une image signalée n’est pas nécessairement anormale.</translation>
    </message>
    <message>
        <source>Created {when}</source>
        <translation>Créé le {when}</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Date de l’examen</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>N° d’accès</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Abnormality score</source>
        <translation>Score d’anomalie</translation>
    </message>
    <message>
        <source>set by your administrator</source>
        <translation>fixé par votre administrateur</translation>
    </message>
    <message>
        <source>from the model card</source>
        <translation>selon la fiche du modèle</translation>
    </message>
    <message>
        <source>Review threshold: {threshold} ({source})</source>
        <translation>Seuil de relecture&#xa0;: {threshold} ({source})</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>Modèle&#xa0;: {model}</translation>
    </message>
    <message>
        <source>… (shortened)</source>
        <translation>… (abrégée)</translation>
    </message>
    <message>
        <source>Clinician&apos;s decision</source>
        <translation>Décision du clinicien</translation>
    </message>
    <message>
        <source>The report could not be drawn (the file or printer could not be opened).</source>
        <translation>Le rapport n’a pas pu être produit (le fichier ou l’imprimante n’a pas pu être ouvert).</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>With heatmap (inside the lungs)</source>
        <translation>Avec carte de chaleur (dans les poumons)</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <source>The model gave no heatmap for this image.</source>
        <translation>Le modèle n’a fourni aucune carte de chaleur pour cette image.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Printing is not available in this version of cxrviewer. Export the report (File ▸ Export report…) and print the PDF instead.</source>
        <translation>L’impression n’est pas disponible dans cette version de cxrviewer. Exportez le rapport (Fichier ▸ Exporter le rapport…) et imprimez le PDF.</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>écriture impossible</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Save a one-page PDF report of the image on show</source>
        <translation>Enregistrer un rapport PDF d’une page de l’image affichée</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the one-page report of the image on show</source>
        <translation>Imprimer le rapport d’une page de l’image affichée</translation>
    </message>
    <message>
        <source>The decision could not be read from the results database.</source>
        <translation>La décision n’a pas pu être lue dans la base des résultats.</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>The report could not be saved to {folder} ({reason}). Please choose another folder.</source>
        <translation>Le rapport n’a pas pu être enregistré dans {folder} ({reason}). Veuillez choisir un autre dossier.</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Rapport enregistré dans {path}</translation>
    </message>
    <message>
        <source>The report could not be printed. Please check the printer and try again.</source>
        <translation>Le rapport n’a pas pu être imprimé. Vérifiez l’imprimante et réessayez.</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>Le rapport a été envoyé à l’imprimante.</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>For screening support; not a diagnosis.</source>
        <translation>Aide au dépistage&#xa0;; ne constitue pas un diagnostic.</translation>
    </message>
    <message>
        <source>Review recommended</source>
        <translation>Relecture recommandée</translation>
    </message>
    <message>
        <source>Below review threshold</source>
        <translation>Sous le seuil de relecture</translation>
    </message>
    <message>
        <source>The score is at or above the review threshold. Please review this image.</source>
        <translation>Le score atteint ou dépasse le seuil de relecture. Veuillez relire cette image.</translation>
    </message>
    <message>
        <source>A score below the threshold does not rule out disease.</source>
        <translation>Un score inférieur au seuil n’exclut pas une maladie.</translation>
    </message>
    <message>
        <source>Brighter colours mark the areas that most influenced the score.</source>
        <translation>Les couleurs les plus vives marquent les zones qui ont le plus influencé le score.</translation>
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
        <translation>Illisible</translation>
    </message>
    <message>
        <source>No score: read this image manually</source>
        <translation>Pas de score&#xa0;: interprétez cette image vous-même</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Pas encore relue</translation>
    </message>
    <message>
        <source>Reviewer: asked at your first decision</source>
        <translation>Relecteur&#xa0;: demandé à la 1re décision</translation>
    </message>
    <message>
        <source>Reviewed: {decision} by {reviewer}, {when}</source>
        <translation>Relue&#xa0;: {decision} par {reviewer}, {when}</translation>
    </message>
    <message>
        <source>Differs from the model: it flagged this image “{flag}”.</source>
        <translation>Diffère du modèle&#xa0;: il a marqué cette image «&#xa0;{flag}&#xa0;».</translation>
    </message>
    <message>
        <source>Differs from the model: its score is below the review threshold.</source>
        <translation>Diffère du modèle&#xa0;: son score est sous le seuil de relecture.</translation>
    </message>
    <message>
        <source>No image open.
Open a chest X-ray to see its abnormality score.</source>
        <translation>Aucune image ouverte.
Ouvrez une radiographie thoracique pour voir son score d’anomalie.</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <source>Abnormality score</source>
        <translation>Score d’anomalie</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <source>Show where the model looked (H)</source>
        <translation>Montrer où le modèle a regardé (H)</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>Opacité de la carte de chaleur</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Caution: {caution}</source>
        <translation>Attention&#xa0;: {caution}</translation>
    </message>
    <message>
        <source>set by your administrator</source>
        <translation>fixé par votre administrateur</translation>
    </message>
    <message>
        <source>from the model card</source>
        <translation>selon la fiche du modèle</translation>
    </message>
    <message>
        <source>Review threshold: {threshold} ({source})</source>
        <translation>Seuil de relecture&#xa0;: {threshold} ({source})</translation>
    </message>
    <message>
        <source>Model: {name} {version}</source>
        <translation>Modèle&#xa0;: {name} {version}</translation>
    </message>
    <message>
        <source>This image could not be analysed</source>
        <translation>Cette image n’a pas pu être analysée</translation>
    </message>
</context>
<context>
    <name>ReviewBox</name>
    <message>
        <source>Your decision</source>
        <translation>Votre décision</translation>
    </message>
    <message>
        <source>keys A · N · U</source>
        <translation>touches A · N · U</translation>
    </message>
    <message>
        <source>Record “{decision}” for this image ({key})</source>
        <translation>Enregistrer «&#xa0;{decision}&#xa0;» pour cette image ({key})</translation>
    </message>
    <message>
        <source>Note (optional): type it, then choose</source>
        <translation>Note facultative, puis choisir</translation>
    </message>
    <message>
        <source>Note saved with the decision</source>
        <translation>Note enregistrée avec la décision</translation>
    </message>
    <message>
        <source>Change reviewer…</source>
        <translation>Autre relecteur…</translation>
    </message>
    <message>
        <source>Choose who is reviewing (asked once per session)</source>
        <translation>Choisir qui relit (demandé une fois par session)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Every decision recorded for this image, corrections included</source>
        <translation>Toutes les décisions enregistrées pour cette image, corrections comprises</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message>
        <source>History ({count})…</source>
        <translation>Historique ({count})…</translation>
    </message>
    <message>
        <source>Reviewer: {name}</source>
        <translation>Relecteur&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>The decision was not saved: the results database could not be written. The details were written to the log.</source>
        <translation>La décision n’a pas été enregistrée&#xa0;: la base des résultats n’a pas pu être écrite. Les détails ont été écrits dans le journal.</translation>
    </message>
    <message>
        <source>Record “{decision}”</source>
        <translation>Enregistrer «&#xa0;{decision}&#xa0;»</translation>
    </message>
    <message>
        <source>Change &amp;reviewer…</source>
        <translation>Changer de &amp;relecteur…</translation>
    </message>
    <message>
        <source>Decision &amp;history…</source>
        <translation>&amp;Historique des décisions…</translation>
    </message>
    <message>
        <source>The decision was not saved: choose who is reviewing first.</source>
        <translation>La décision n’a pas été enregistrée&#xa0;: choisissez d’abord qui relit.</translation>
    </message>
    <message>
        <source>The decision was not saved: {reason}</source>
        <translation>La décision n’a pas été enregistrée&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <source>Who is reviewing?</source>
        <translation>Qui relit&#xa0;?</translation>
    </message>
    <message>
        <source>Your name is saved with each decision you record in this session.</source>
        <translation>Votre nom est enregistré avec chaque décision que vous enregistrez pendant cette session.</translation>
    </message>
    <message>
        <source>Add reviewer…</source>
        <translation>Ajouter un relecteur…</translation>
    </message>
    <message>
        <source>New reviewer&apos;s name, e.g. Dr A. Mensah</source>
        <translation>Nom du nouveau relecteur, p. ex. Dr A. Mensah</translation>
    </message>
    <message>
        <source>Review as this person</source>
        <translation>Relire sous ce nom</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>Screening run summary</source>
        <translation>Résumé de l’analyse</translation>
    </message>
    <message>
        <source>Read manually (could not be scored)</source>
        <translation>À interpréter vous-même (score impossible)</translation>
    </message>
    <message>
        <source>Flagged “{flag}”</source>
        <translation>Signalées «&#xa0;{flag}&#xa0;»</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Évaluées</translation>
    </message>
    <message>
        <source>Reviewed by a clinician</source>
        <translation>Relues par un clinicien</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>Pas encore relue</translation>
    </message>
    <message>
        <source>{decision} (differs)</source>
        <translation>{decision} (diffère)</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (suite)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source> · review threshold {threshold}</source>
        <translation> · seuil de relecture {threshold}</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Analysé</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Flagged: {flag} ({count})</source>
        <translation>Signalées&#xa0;: {flag} ({count})</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Pas de score</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>The summary could not be drawn (the file or printer could not be opened).</source>
        <translation>Le résumé n’a pas pu être produit (le fichier ou l’imprimante n’a pas pu être ouvert).</translation>
    </message>
</context>
<context>
    <name>RunSummaryExport</name>
    <message>
        <source>Export summary (PDF)…</source>
        <translation>Exporter le résumé (PDF)…</translation>
    </message>
    <message>
        <source>Save a PDF summary of this run: the counts, the flagged images and those to read manually</source>
        <translation>Enregistrer un résumé PDF de cette analyse&#xa0;: les nombres, les images signalées et celles à interpréter vous-même</translation>
    </message>
    <message>
        <source>Export the run summary as PDF</source>
        <translation>Exporter le résumé de l’analyse en PDF</translation>
    </message>
    <message>
        <source>There is no screening run on show to summarise.</source>
        <translation>Aucune analyse affichée à résumer.</translation>
    </message>
    <message>
        <source>The summary could not be made: the results database could not be read. The details were written to the log.</source>
        <translation>Le résumé n’a pas pu être produit&#xa0;: la base des résultats n’a pas pu être lue. Les détails ont été écrits dans le journal.</translation>
    </message>
    <message>
        <source>The summary could not be saved to {folder} ({reason}). Please choose another folder.</source>
        <translation>Le résumé n’a pas pu être enregistré dans {folder} ({reason}). Veuillez choisir un autre dossier.</translation>
    </message>
    <message>
        <source>Saved the summary (1 page) to {path}</source>
        <translation>Résumé (1 page) enregistré dans {path}</translation>
    </message>
    <message>
        <source>Saved the summary ({pages} pages) to {path}</source>
        <translation>Résumé ({pages} pages) enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>ScoreBar</name>
    <message>
        <source>score {score}, review threshold {threshold}</source>
        <translation>score {score}, seuil de relecture {threshold}</translation>
    </message>
</context>
<context>
    <name>ScreeningProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop screening; the images finished so far are kept</source>
        <translation>Arrêter l’analyse&#xa0;; les images déjà traitées sont conservées</translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation>Recherche des images…</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Estimation du temps restant…</translation>
    </message>
    <message>
        <source>%v of {total} images</source>
        <translation>%v images sur {total}</translation>
    </message>
    <message>
        <source> · about {duration} left</source>
        <translation> · environ {duration} restantes</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>StudyLine</name>
    <message>
        <source>no patient details in the file</source>
        <translation>aucune donnée patient dans le fichier</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Date de l’examen</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>N° d’accès</translation>
    </message>
    <message>
        <source>Patient and study of the image shown</source>
        <translation>Patient et examen de l’image affichée</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>The user guide could not be found in this installation. Please ask your administrator.</source>
        <translation>Le guide d’utilisation est introuvable dans cette installation. Adressez-vous à votre administrateur.</translation>
    </message>
</context>
<context>
    <name>UserGuideAction</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>How to use cxrviewer: reading an X-ray, screening a folder, recording decisions</source>
        <translation>Comment utiliser cxrviewer&#xa0;: lire une radiographie, dépister un dossier, enregistrer des décisions</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>cxrviewer user guide</source>
        <translation>Guide d’utilisation de cxrviewer</translation>
    </message>
</context>
<context>
    <name>Windowing</name>
    <message>
        <source>Default (from file)</source>
        <translation>Par défaut (du fichier)</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>Plage complète</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Poumon</translation>
    </message>
    <message>
        <source>Soft tissue</source>
        <translation>Tissus mous</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Os</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Abnormality
score</source>
        <translation>Score
d’anomalie</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Date de l’examen</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>N° d’accès</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source> (differs)</source>
        <translation> (diffère)</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation>Sous le seuil</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Pas de score</translation>
    </message>
    <message>
        <source>Read manually</source>
        <translation>À interpréter vous-même</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Évaluée</translation>
    </message>
    <message>
        <source>Scored earlier</source>
        <translation>Évaluée auparavant</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Non analysée</translation>
    </message>
    <message>
        <source>The model&apos;s abnormality score; click a header to sort. Images without a score (Read manually) always come first</source>
        <translation>Le score d’anomalie du modèle&#xa0;; cliquez sur un en-tête pour trier. Les images sans score (À interpréter vous-même) viennent toujours en premier</translation>
    </message>
    <message>
        <source>{status} ({when}) by {model} {version}</source>
        <translation>{status} ({when}) par {model} {version}</translation>
    </message>
    <message>
        <source>Abnormality score {score} · review threshold {threshold} · model {model} {version}</source>
        <translation>Score d’anomalie {score} · seuil de relecture {threshold} · modèle {model} {version}</translation>
    </message>
    <message>
        <source>It was not screened.</source>
        <translation>Elle n’a pas été analysée.</translation>
    </message>
    <message>
        <source>Read manually. No score: {reason}
Open the image and read it yourself.</source>
        <translation>À interpréter vous-même. Pas de score&#xa0;: {reason}
Ouvrez l’image et interprétez-la vous-même.</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Pas encore relue</translation>
    </message>
    <message>
        <source> — differs from the model&apos;s flag</source>
        <translation> — diffère du signalement du modèle</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <source>Acc. {number}</source>
        <translation>N° d’accès {number}</translation>
    </message>
    <message>
        <source>flagged or read manually and not yet reviewed</source>
        <translation>signalées ou à interpréter vous-même, pas encore relues</translation>
    </message>
    <message>
        <source>flagged or read manually</source>
        <translation>signalées ou à interpréter vous-même</translation>
    </message>
    <message>
        <source>not yet reviewed</source>
        <translation>pas encore relues</translation>
    </message>
    <message>
        <source>all images</source>
        <translation>toutes les images</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>ordre d’arrivée</translation>
    </message>
    <message>
        <source>highest first</source>
        <translation>du plus élevé au plus bas</translation>
    </message>
    <message>
        <source>lowest first</source>
        <translation>du plus bas au plus élevé</translation>
    </message>
    <message>
        <source>Z to A</source>
        <translation>de Z à A</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>de A à Z</translation>
    </message>
    <message>
        <source>{filters}; read manually first, then by {column}, {order}</source>
        <translation>{filters}&#xa0;; à interpréter vous-même d’abord, puis par {column}, {order}</translation>
    </message>
    <message>
        <source>Export the worklist as CSV</source>
        <translation>Exporter la liste de travail en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Screening now</source>
        <translation>En cours d’analyse</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source> · {count} flagged</source>
        <translation> · {count} signalées</translation>
    </message>
    <message>
        <source> · {count} images</source>
        <translation> · {count} images</translation>
    </message>
    <message>
        <source>Screen a folder (File ▸ Screen folder…, or drop a folder on the window) to list its images here: first those to read manually (no score), then the highest abnormality score. Choose a row, or step with Page Up / Page Down, to see that image.</source>
        <translation>Dépistez un dossier (Fichier ▸ Dépister un dossier…, ou déposez un dossier sur la fenêtre) pour lister ses images ici&#xa0;: d’abord celles à interpréter vous-même (sans score), puis le score d’anomalie le plus élevé. Choisissez une ligne, ou passez d’une image à l’autre avec Page préc. / Page suiv., pour voir l’image.</translation>
    </message>
    <message>
        <source>A folder is already being screened. Cancel it first, or wait until it has finished.</source>
        <translation>Un dossier est déjà en cours d’analyse. Annulez d’abord cette analyse, ou attendez qu’elle soit terminée.</translation>
    </message>
    <message>
        <source>Scored {scored} · Flagged {flagged} · Read manually {failed}</source>
        <translation>Évaluées {scored} · Signalées {flagged} · À interpréter vous-même {failed}</translation>
    </message>
    <message>
        <source> · Already done {count}</source>
        <translation> · Déjà faites {count}</translation>
    </message>
    <message>
        <source> · Reviewed {count}</source>
        <translation> · Relues {count}</translation>
    </message>
    <message>
        <source> ({count} differ from the flag)</source>
        <translation> ({count} diffèrent du signalement)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}&#xa0;min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}&#xa0;h {minutes}&#xa0;min</translation>
    </message>
    <message>
        <source>{rate} images/s</source>
        <translation>{rate} images/s</translation>
    </message>
</context>
<context>
    <name>WorklistDock</name>
    <message>
        <source>Worklist</source>
        <translation>Liste de travail</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>&amp;Liste de travail</translation>
    </message>
    <message>
        <source>Show or hide the worklist of screened folders and their history</source>
        <translation>Afficher ou masquer la liste de travail des dossiers analysés et leur historique</translation>
    </message>
</context>
</TS>
