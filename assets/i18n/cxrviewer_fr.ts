<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdaptTab</name>
    <message>
        <source>Check the model in use on your own labelled X-rays, and fit an adapted version of it (a new final step on the model&apos;s features; the network itself is unchanged). Every image is scored by a version fitted without it. Switching to the adapted model is recommended only when it is better beyond reasonable doubt.</source>
        <translation>Vérifiez le modèle utilisé sur vos propres radiographies annotées et ajustez-en une version adaptée (une nouvelle étape finale sur les caractéristiques du modèle&#xa0;; le réseau lui-même est inchangé). Chaque image est évaluée par une version ajustée sans elle. Le passage au modèle adapté n’est recommandé que s’il est meilleur au-delà de tout doute raisonnable.</translation>
    </message>
    <message>
        <source>No labelled X-rays chosen.</source>
        <translation>Aucune radiographie annotée choisie.</translation>
    </message>
    <message>
        <source>Choose folder or list…</source>
        <translation>Choisir un dossier ou une liste…</translation>
    </message>
    <message>
        <source>Use the images the clinicians reviewed instead</source>
        <translation>Utiliser plutôt les images relues par les cliniciens</translation>
    </message>
    <message>
        <source>Check and adapt</source>
        <translation>Vérifier et adapter</translation>
    </message>
    <message>
        <source>ROC on your X-rays</source>
        <translation>ROC sur vos radiographies</translation>
    </message>
    <message>
        <source>1 - specificity</source>
        <translation>1 - spécificité</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>sensibilité</translation>
    </message>
    <message>
        <source>Switch on although it is not recommended (recorded in the audit log)</source>
        <translation>Activer bien que ce ne soit pas recommandé (consigné dans le journal d’audit)</translation>
    </message>
    <message>
        <source>Use the adapted model</source>
        <translation>Utiliser le modèle adapté</translation>
    </message>
    <message>
        <source>Folder of labelled X-rays</source>
        <translation>Dossier de radiographies annotées</translation>
    </message>
    <message>
        <source>Choose a folder or list of labelled X-rays first, or use the reviewed images.</source>
        <translation>Choisissez d’abord un dossier ou une liste de radiographies annotées, ou utilisez les images relues.</translation>
    </message>
    <message>
        <source>Scoring {images} labelled X-rays…</source>
        <translation>Évaluation de {images} radiographies annotées…</translation>
    </message>
    <message>
        <source>Model in use (AUC {auc})</source>
        <translation>Modèle utilisé (AUC {auc})</translation>
    </message>
    <message>
        <source>Adapted, cross-validated (AUC {auc})</source>
        <translation>Adapté, validation croisée (AUC {auc})</translation>
    </message>
    <message>
        <source>{reason} ({images} images; gain in AUC {gain}, 95% interval {low} to {high}; adapted model at its threshold: sensitivity {sensitivity}, specificity {specificity}.)</source>
        <translation>{reason} ({images} images&#xa0;; gain d’AUC {gain}, intervalle de confiance à 95&#xa0;% de {low} à {high}&#xa0;; modèle adapté à son seuil&#xa0;: sensibilité {sensitivity}, spécificité {specificity}.)</translation>
    </message>
    <message>
        <source>The adapted model is not recommended; tick the override box to switch it on anyway.</source>
        <translation>Le modèle adapté n’est pas recommandé&#xa0;; cochez la case de dérogation pour l’activer malgré tout.</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>Non recommandé</translation>
    </message>
    <message>
        <source>The local check did not show that the adapted model is better. Switch it on anyway? This is recorded in the audit log.</source>
        <translation>La vérification locale n’a pas montré que le modèle adapté est meilleur. L’activer malgré tout&#xa0;? Ce choix est consigné dans le journal d’audit.</translation>
    </message>
    <message>
        <source>The adapted model could not be saved.</source>
        <translation>Le modèle adapté n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} Le modèle utilisé reste inchangé.</translation>
    </message>
    <message>
        <source>The adapted model is now in use: {model}.</source>
        <translation>Le modèle adapté est désormais utilisé&#xa0;: {model}.</translation>
    </message>
</context>
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
        <source>The screening history could not be read. The details were written to the log.</source>
        <translation>L’historique des dépistages n’a pas pu être lu. Les détails ont été écrits dans le journal.</translation>
    </message>
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
    <name>DataTab</name>
    <message>
        <source>… and {count} more.</source>
        <translation>… et {count} de plus.</translation>
    </message>
    <message>
        <source>Choose chest X-rays from your clinic whose findings are known. Three ways of labelling them are understood: subfolders named &lt;b&gt;normal&lt;/b&gt; and &lt;b&gt;abnormal&lt;/b&gt;; file names ending in &lt;b&gt;_0&lt;/b&gt; (normal) or &lt;b&gt;_1&lt;/b&gt; (abnormal); or a CSV list with the columns &lt;b&gt;file&lt;/b&gt; and &lt;b&gt;label&lt;/b&gt; (0 or 1) and, if a patient has several images, &lt;b&gt;group&lt;/b&gt; (for example the patient number).</source>
        <translation>Choisissez des radiographies thoraciques de votre établissement dont le résultat est connu. Trois façons de les annoter sont reconnues&#xa0;: des sous-dossiers nommés &lt;b&gt;normal&lt;/b&gt; et &lt;b&gt;abnormal&lt;/b&gt;&#xa0;; des noms de fichiers se terminant par &lt;b&gt;_0&lt;/b&gt; (normale) ou &lt;b&gt;_1&lt;/b&gt; (anormale)&#xa0;; ou une liste CSV avec les colonnes &lt;b&gt;file&lt;/b&gt; et &lt;b&gt;label&lt;/b&gt; (0 ou 1) et, si un patient a plusieurs images, &lt;b&gt;group&lt;/b&gt; (par exemple le numéro du patient). Ces noms s’écrivent tels quels, en anglais.</translation>
    </message>
    <message>
        <source>Folder or CSV list of labelled X-rays</source>
        <translation>Dossier ou liste CSV de radiographies annotées</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Choose CSV list…</source>
        <translation>Choisir une liste CSV…</translation>
    </message>
    <message>
        <source>Check images</source>
        <translation>Vérifier les images</translation>
    </message>
    <message>
        <source>The check report appears here.</source>
        <translation>Le rapport de vérification s’affiche ici.</translation>
    </message>
    <message>
        <source>Folder of labelled X-rays</source>
        <translation>Dossier de radiographies annotées</translation>
    </message>
    <message>
        <source>CSV list of labelled X-rays</source>
        <translation>Liste CSV de radiographies annotées</translation>
    </message>
    <message>
        <source>CSV list (*.csv)</source>
        <translation>Liste CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a folder or a CSV list first.</source>
        <translation>Choisissez d’abord un dossier ou une liste CSV.</translation>
    </message>
    <message>
        <source>First use or discard the new model (tab “2. Retrain and compare”).</source>
        <translation>Utilisez ou abandonnez d’abord le nouveau modèle (onglet «&#xa0;2. Réentraîner et comparer&#xa0;»).</translation>
    </message>
    <message>
        <source>Reading every image once to check it…</source>
        <translation>Lecture de chaque image pour la vérifier…</translation>
    </message>
    <message>
        <source>These images can be used for retraining.</source>
        <translation>Ces images peuvent servir au réentraînement.</translation>
    </message>
    <message>
        <source>The images are divided into three parts: &lt;b&gt;{train}&lt;/b&gt; to train on, &lt;b&gt;{tune}&lt;/b&gt; to tune, and &lt;b&gt;{check}&lt;/b&gt; ({normal} normal, {abnormal} abnormal) to compare the new model with the model in use.</source>
        <translation>Les images sont réparties en trois parts&#xa0;: &lt;b&gt;{train}&lt;/b&gt; pour l’entraînement, &lt;b&gt;{tune}&lt;/b&gt; pour l’ajustement et &lt;b&gt;{check}&lt;/b&gt; ({normal} normales, {abnormal} anormales) pour comparer le nouveau modèle au modèle utilisé.</translation>
    </message>
    <message>
        <source> Images of the same patient (the list&apos;s &lt;b&gt;group&lt;/b&gt; column) always stay in the same part.</source>
        <translation> Les images d’un même patient (colonne &lt;b&gt;group&lt;/b&gt; de la liste) restent toujours dans la même part.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files that cannot be read&lt;/b&gt; (they will be left out):</source>
        <translation>&lt;b&gt;Fichiers illisibles&lt;/b&gt; (ils seront écartés)&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Identical files&lt;/b&gt; (the same image stored more than once):</source>
        <translation>&lt;b&gt;Fichiers identiques&lt;/b&gt; (la même image enregistrée plusieurs fois)&#xa0;:</translation>
    </message>
    <message>
        <source>labelled differently</source>
        <translation>annotées différemment</translation>
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
        <source>Earlier screenings…</source>
        <translation>Analyses précédentes…</translation>
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
    <name>LineChart</name>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
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
        <source>At hospitals it was not trained on, this model ranked abnormal above normal X-rays with an AUC of about {auc} ({sealed} at {hospitals} other hospitals): treat the score as a rough pointer until it is checked here.</source>
        <translation>Dans des hôpitaux qui n’ont pas servi à son entraînement, ce modèle a classé les radiographies anormales au-dessus des normales avec une AUC d’environ {auc} ({sealed} dans {hospitals} autres hôpitaux)&#xa0;: considérez le score comme une indication approximative tant que le modèle n’a pas été vérifié dans cet établissement.</translation>
    </message>
    <message>
        <source>At hospitals it was not trained on, this model ranked abnormal above normal X-rays with an AUC of about {auc}: treat the score as a rough pointer until it is checked here.</source>
        <translation>Dans des hôpitaux qui n’ont pas servi à son entraînement, ce modèle a classé les radiographies anormales au-dessus des normales avec une AUC d’environ {auc}&#xa0;: considérez le score comme une indication approximative tant que le modèle n’a pas été vérifié dans cet établissement.</translation>
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
        <translation>Ai&amp;de</translation>
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
        <source>{bits}-bit {format}</source>
        <translation>{format} {bits} bits</translation>
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
    <name>ModelsTab</name>
    <message>
        <source>activated</source>
        <translation>activation</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejet</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>retour au modèle précédent</translation>
    </message>
    <message>
        <source>recalibrated</source>
        <translation>seuil ajusté</translation>
    </message>
    <message>
        <source>training failed</source>
        <translation>échec de l’entraînement</translation>
    </message>
    <message>
        <source>passphrase set</source>
        <translation>phrase secrète définie</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>phrase secrète erronée</translation>
    </message>
    <message>
        <source>Supplied with cxrviewer</source>
        <translation>Fourni avec cxrviewer</translation>
    </message>
    <message>
        <source>Chosen outside this list</source>
        <translation>Choisi hors de cette liste</translation>
    </message>
    <message>
        <source>Threshold adjusted on local X-rays</source>
        <translation>Seuil ajusté sur des radiographies locales</translation>
    </message>
    <message>
        <source>Retrained on local X-rays</source>
        <translation>Réentraîné sur des radiographies locales</translation>
    </message>
    <message>
        <source>Trained on local X-rays</source>
        <translation>Entraîné sur des radiographies locales</translation>
    </message>
    <message>
        <source>AUC {auc} · flags {sensitivity} of abnormal, clears {specificity} of normal</source>
        <translation>AUC {auc} · signale {sensitivity} des anormales, laisse {specificity} des normales sous le seuil</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Results on images set aside</source>
        <translation>Résultats sur les images mises de côté</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Use the selected model</source>
        <translation>Utiliser le modèle sélectionné</translation>
    </message>
    <message>
        <source>Recent decisions (audit log):</source>
        <translation>Décisions récentes (journal d’audit)&#xa0;:</translation>
    </message>
    <message>
        <source>In use now: {model}, threshold {threshold}</source>
        <translation>Utilisé actuellement&#xa0;: {model}, seuil {threshold}</translation>
    </message>
    <message>
        <source>● in use</source>
        <translation>● utilisé</translation>
    </message>
    <message>
        <source>No decisions recorded yet.</source>
        <translation>Aucune décision consignée pour l’instant.</translation>
    </message>
    <message>
        <source>Finish or discard the new model first.</source>
        <translation>Terminez ou abandonnez d’abord le nouveau modèle.</translation>
    </message>
    <message>
        <source>Now in use: {model}.</source>
        <translation>Désormais utilisé&#xa0;: {model}.</translation>
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
        <translation>&amp;Miroir gauche–droite</translation>
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
        <source>the PDF file was not written</source>
        <translation>le fichier PDF n’a pas été écrit</translation>
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
    <message>
        <source>The decision history could not be read. The details were written to the log.</source>
        <translation>L’historique des décisions n’a pas pu être lu. Les détails ont été écrits dans le journal.</translation>
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
    <name>ReviewsTab</name>
    <message>
        <source>Missed by the model</source>
        <translation>Manquée par le modèle</translation>
    </message>
    <message>
        <source>Flagged, reviewer: normal</source>
        <translation>Signalée, relecteur&#xa0;: normale</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reviewer said</source>
        <translation>Avis du relecteur</translation>
    </message>
    <message>
        <source>Model said</source>
        <translation>Avis du modèle</translation>
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
        <source>The list could not be saved to {path} ({reason}). Choose another folder.</source>
        <translation>La liste n’a pas pu être enregistrée dans {path} ({reason}). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Each image&apos;s latest decision by your clinicians, compared with the model&apos;s flag at the time. Images marked not readable, and images without a score, are left out of the rates.</source>
        <translation>La dernière décision de vos cliniciens pour chaque image, comparée au signalement du modèle à ce moment-là. Les images marquées illisibles et les images sans score ne comptent pas dans les taux.</translation>
    </message>
    <message>
        <source>Images reviewed:</source>
        <translation>Images relues&#xa0;:</translation>
    </message>
    <message>
        <source>Sensitivity:</source>
        <translation>Sensibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Specificity:</source>
        <translation>Spécificité&#xa0;:</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Concordance&#xa0;:</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modèles&#xa0;:</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Save as a labelled list…</source>
        <translation>Enregistrer comme liste annotée…</translation>
    </message>
    <message>
        <source>Check that the reviewed files are unchanged and list them with their decision as labels, for the “1. Local X-rays” tab (no image is copied)</source>
        <translation>Vérifier que les fichiers relus sont inchangés et les lister avec leur décision comme annotation, pour l’onglet «&#xa0;1. Radiographies locales&#xa0;» (aucune image n’est copiée)</translation>
    </message>
    <message>
        <source>The clinicians&apos; decisions could not be read. The details are in the log.</source>
        <translation>Les décisions des cliniciens n’ont pas pu être lues. Les détails figurent dans le journal.</translation>
    </message>
    <message>
        <source>{reviewed} ({abnormal} abnormal, {normal} normal, {unreadable} not readable); {compared} compared with the model</source>
        <translation>{reviewed} ({abnormal} anormales, {normal} normales, {unreadable} illisibles)&#xa0;; {compared} comparées au modèle</translation>
    </message>
    <message>
        <source>{rate} — abnormal images the model flagged</source>
        <translation>{rate} — images anormales signalées par le modèle</translation>
    </message>
    <message>
        <source>{rate} — normal images it left below the threshold</source>
        <translation>{rate} — images normales qu’il a laissées sous le seuil</translation>
    </message>
    <message>
        <source>Disagreements ({count}), newest first</source>
        <translation>Désaccords ({count}), les plus récents d’abord</translation>
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
        <source>Save the reviewed images as a labelled list</source>
        <translation>Enregistrer les images relues comme liste annotée</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>No list was saved: {reason}.</source>
        <translation>Aucune liste n’a été enregistrée&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{result}. Saved to {path}: choose it on the “1. Local X-rays” tab to check it or to train on it.</source>
        <translation>{result}. Enregistrée dans {path}&#xa0;: choisissez-la dans l’onglet «&#xa0;1. Radiographies locales&#xa0;» pour la vérifier ou pour l’entraînement.</translation>
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
    <name>ThresholdTab</name>
    <message>
        <source>Calculated on {images} images ({normal} normal, {abnormal} abnormal). With the new threshold, {sensitivity} of abnormal images are flagged, and {after} of normal images would be flagged for review (now {before}).</source>
        <translation>Calculé sur {images} images ({normal} normales, {abnormal} anormales). Avec le nouveau seuil, {sensitivity} des images anormales sont signalées, et {after} des images normales seraient signalées pour relecture (actuellement {before}).</translation>
    </message>
    <message>
        <source> With fewer than 100 images these figures are rough.</source>
        <translation> Avec moins de 100 images, ces chiffres sont approximatifs.</translation>
    </message>
    <message>
        <source>The threshold decides above which score an image is flagged “Review recommended”. Here it can be set on your own labelled X-rays so that the model in use flags a chosen share of abnormal images. The model itself is not changed; the adjusted version is added to the Models list, so the previous threshold can always be put back.</source>
        <translation>Le seuil détermine à partir de quel score une image est signalée «&#xa0;Relecture recommandée&#xa0;». Ici, il peut être fixé sur vos propres radiographies annotées, de sorte que le modèle utilisé signale la part choisie des images anormales. Le modèle lui-même n’est pas modifié&#xa0;; la version ajustée est ajoutée à la liste des modèles, si bien que le seuil précédent peut toujours être rétabli.</translation>
    </message>
    <message>
        <source>First check a folder of labelled X-rays on the “1. Local X-rays” tab.</source>
        <translation>Vérifiez d’abord un dossier de radiographies annotées dans l’onglet «&#xa0;1. Radiographies locales&#xa0;».</translation>
    </message>
    <message>
        <source>{n} % of abnormal images flagged</source>
        <translation>{n}&#xa0;% des images anormales signalées</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <source>Current threshold</source>
        <translation>Seuil actuel</translation>
    </message>
    <message>
        <source>New threshold</source>
        <translation>Nouveau seuil</translation>
    </message>
    <message>
        <source>Threshold (flag when score is at least)</source>
        <translation>Seuil (signaler à partir de ce score)</translation>
    </message>
    <message>
        <source>Abnormal images flagged (sensitivity)</source>
        <translation>Images anormales signalées (sensibilité)</translation>
    </message>
    <message>
        <source>Normal images not flagged (specificity)</source>
        <translation>Images normales non signalées (spécificité)</translation>
    </message>
    <message>
        <source>Use the new threshold</source>
        <translation>Utiliser le nouveau seuil</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>Scoring {images} images the model in use has not been trained on…</source>
        <translation>Évaluation de {images} images sur lesquelles le modèle utilisé n’a pas été entraîné…</translation>
    </message>
    <message>
        <source>The new threshold could not be saved.</source>
        <translation>Le nouveau seuil n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} Le modèle utilisé reste inchangé.</translation>
    </message>
    <message>
        <source>The new threshold ({threshold}) is now in use.</source>
        <translation>Le nouveau seuil ({threshold}) est désormais utilisé.</translation>
    </message>
    <message>
        <source>The new threshold could not be switched on; the model in use is unchanged.</source>
        <translation>Le nouveau seuil n’a pas pu être activé&#xa0;; le modèle utilisé reste inchangé.</translation>
    </message>
</context>
<context>
    <name>TrainingProcess</name>
    <message>
        <source>Training failed.</source>
        <translation>L’entraînement a échoué.</translation>
    </message>
    <message>
        <source>Training was stopped. No new model was saved; the model in use is unchanged.</source>
        <translation>L’entraînement a été arrêté. Aucun nouveau modèle n’a été enregistré&#xa0;; le modèle utilisé reste inchangé.</translation>
    </message>
    <message>
        <source>Training stopped unexpectedly. No new model was saved; the model in use is unchanged.</source>
        <translation>L’entraînement s’est arrêté de façon inattendue. Aucun nouveau modèle n’a été enregistré&#xa0;; le modèle utilisé reste inchangé.</translation>
    </message>
    <message>
        <source>The training program could not be started. Please reinstall cxrviewer or ask IT.</source>
        <translation>Le programme d’entraînement n’a pas pu être lancé. Veuillez réinstaller cxrviewer ou vous adresser au service informatique.</translation>
    </message>
    <message>
        <source>Starting training…</source>
        <translation>Démarrage de l’entraînement…</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Arrêt après l’étape en cours…</translation>
    </message>
    <message>
        <source>Training: round {epoch} of {epochs}</source>
        <translation>Entraînement&#xa0;: cycle {epoch} sur {epochs}</translation>
    </message>
    <message>
        <source>Reading images: {done} of {total}</source>
        <translation>Lecture des images&#xa0;: {done} sur {total}</translation>
    </message>
    <message>
        <source>Training: first round…</source>
        <translation>Entraînement&#xa0;: premier cycle…</translation>
    </message>
    <message>
        <source>Saving the new model…</source>
        <translation>Enregistrement du nouveau modèle…</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>Retraining needs the full installation ({bundle}). Ask your IT contact. Adjusting the threshold works in this installation.</source>
        <translation>Le réentraînement nécessite l’installation complète ({bundle}). Adressez-vous à votre contact informatique. L’ajustement du seuil fonctionne dans cette installation.</translation>
    </message>
    <message>
        <source>Retraining needs the full installation ({bundle}, or cxrviewer installed with its “train” extra). Ask your IT contact. Adjusting the threshold works in this installation.</source>
        <translation>Le réentraînement nécessite l’installation complète ({bundle}, ou cxrviewer installé avec son option «&#xa0;train&#xa0;»). Adressez-vous à votre contact informatique. L’ajustement du seuil fonctionne dans cette installation.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Improve the model in use with your X-rays (recommended)</source>
        <translation>Améliorer le modèle utilisé avec vos radiographies (recommandé)</translation>
    </message>
    <message>
        <source>Train a new model from scratch (needs many more images)</source>
        <translation>Entraîner un nouveau modèle à partir de zéro (nécessite beaucoup plus d’images)</translation>
    </message>
    <message>
        <source>{n} rounds</source>
        <translation>{n} cycles</translation>
    </message>
    <message>
        <source>{n} % of patients</source>
        <translation>{n}&#xa0;% des patients</translation>
    </message>
    <message>
        <source>Half of these images tune the new model, half compare it with the model in use. None of them are used to train it.</source>
        <translation>La moitié de ces images sert à ajuster le nouveau modèle, l’autre moitié à le comparer au modèle utilisé. Aucune ne sert à l’entraîner.</translation>
    </message>
    <message>
        <source>Training length:</source>
        <translation>Durée de l’entraînement&#xa0;:</translation>
    </message>
    <message>
        <source>Set aside for checking:</source>
        <translation>Mis de côté pour le contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Lancer l’entraînement</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>Arrêter l’entraînement</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progression de l’entraînement</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Training error should fall; the check score (AUC on images set aside for tuning) should rise. 1.0 is perfect, 0.5 is chance.</source>
        <translation>L’erreur d’entraînement doit baisser&#xa0;; le score de contrôle (AUC sur les images mises de côté pour l’ajustement) doit monter. 1,0 est parfait, 0,5 correspond au hasard.</translation>
    </message>
    <message>
        <source>The curve appears after the first round.</source>
        <translation>La courbe apparaît après le premier cycle.</translation>
    </message>
    <message>
        <source>New model compared with the model in use, on your images set aside</source>
        <translation>Nouveau modèle comparé au modèle utilisé, sur vos images mises de côté</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>Modèle utilisé</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Tells normal from abnormal (AUC, 1.00 = perfect)</source>
        <translation>Distingue normales et anormales (AUC, 1,00 = parfait)</translation>
    </message>
    <message>
        <source>Abnormal images flagged (sensitivity)</source>
        <translation>Images anormales signalées (sensibilité)</translation>
    </message>
    <message>
        <source>Normal images not flagged (specificity)</source>
        <translation>Images normales non signalées (spécificité)</translation>
    </message>
    <message>
        <source>Threshold (flag when score is at least)</source>
        <translation>Seuil (signaler à partir de ce score)</translation>
    </message>
    <message>
        <source>Flagged abnormal vs false alarms</source>
        <translation>Anormales signalées et fausses alertes</translation>
    </message>
    <message>
        <source>False alarms (normal images flagged)</source>
        <translation>Fausses alertes (images normales signalées)</translation>
    </message>
    <message>
        <source>Abnormal images flagged</source>
        <translation>Images anormales signalées</translation>
    </message>
    <message>
        <source>Use the new model</source>
        <translation>Utiliser le nouveau modèle</translation>
    </message>
    <message>
        <source>Discard the new model</source>
        <translation>Abandonner le nouveau modèle</translation>
    </message>
    <message>
        <source>AUC summarises how well the scores separate normal from abnormal images at every threshold. Sensitivity and specificity are at each model&apos;s own threshold.</source>
        <translation>L’AUC résume la capacité des scores à séparer images normales et anormales, pour tous les seuils. Sensibilité et spécificité sont données au seuil propre à chaque modèle.</translation>
    </message>
    <message>
        <source>First check a folder of labelled X-rays on the “1. Local X-rays” tab.</source>
        <translation>Vérifiez d’abord un dossier de radiographies annotées dans l’onglet «&#xa0;1. Radiographies locales&#xa0;».</translation>
    </message>
    <message>
        <source>Training is not possible with these images: {reason}</source>
        <translation>L’entraînement n’est pas possible avec ces images&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Images: {normal} normal and {abnormal} abnormal from {folder}.</source>
        <translation>Images&#xa0;: {normal} normales et {abnormal} anormales, de {folder}.</translation>
    </message>
    <message>
        <source>The model in use cannot be improved here (the file needed for further training is not part of it). Choose “Train a new model from scratch”, or put back the model supplied with cxrviewer first.</source>
        <translation>Le modèle utilisé ne peut pas être amélioré ici (le fichier nécessaire pour poursuivre l’entraînement n’en fait pas partie). Choisissez «&#xa0;Entraîner un nouveau modèle à partir de zéro&#xa0;», ou rétablissez d’abord le modèle fourni avec cxrviewer.</translation>
    </message>
    <message>
        <source>Training on {train} images; {tune} tune it and {check} are kept aside to compare it with the model in use.</source>
        <translation>Entraînement sur {train} images&#xa0;; {tune} servent à l’ajuster et {check} sont mises de côté pour le comparer au modèle utilisé.</translation>
    </message>
    <message>
        <source>Training error</source>
        <translation>Erreur d’entraînement</translation>
    </message>
    <message>
        <source>Check score (AUC)</source>
        <translation>Score de contrôle (AUC)</translation>
    </message>
    <message>
        <source>Training finished. Comparing the new model with the model in use…</source>
        <translation>Entraînement terminé. Comparaison du nouveau modèle au modèle utilisé…</translation>
    </message>
    <message>
        <source>Both models were scored on the same {images} images set aside ({normal} normal, {abnormal} abnormal); the new model never saw them during training.</source>
        <translation>Les deux modèles ont été évalués sur les mêmes {images} images mises de côté ({normal} normales, {abnormal} anormales)&#xa0;; le nouveau modèle ne les a jamais vues pendant l’entraînement.</translation>
    </message>
    <message>
        <source>Model in use (AUC {auc})</source>
        <translation>Modèle utilisé (AUC {auc})</translation>
    </message>
    <message>
        <source>New model (AUC {auc})</source>
        <translation>Nouveau modèle (AUC {auc})</translation>
    </message>
    <message>
        <source>The new model could not be compared: {reason} It was discarded.</source>
        <translation>Le nouveau modèle n’a pas pu être comparé&#xa0;: {reason} Il a été abandonné.</translation>
    </message>
    <message>
        <source>The new model could not be saved.</source>
        <translation>Le nouveau modèle n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} Le modèle utilisé reste inchangé.</translation>
    </message>
    <message>
        <source>The new model is now in use: {model}.</source>
        <translation>Le nouveau modèle est désormais utilisé&#xa0;: {model}.</translation>
    </message>
    <message>
        <source>The new model was saved but could not be switched on; the model in use is unchanged. See the Models tab.</source>
        <translation>Le nouveau modèle a été enregistré mais n’a pas pu être activé&#xa0;; le modèle utilisé reste inchangé. Voir l’onglet Modèles.</translation>
    </message>
    <message>
        <source>The new model was discarded. The model in use is unchanged.</source>
        <translation>Le nouveau modèle a été abandonné. Le modèle utilisé reste inchangé.</translation>
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
        <source>  (showing the {count} {shown})</source>
        <translation>  (affichage des {count} {shown})</translation>
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
