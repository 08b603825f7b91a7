<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
    <name>ScoreBar</name>
    <message>
        <source>score {score}, review threshold {threshold}</source>
        <translation>score {score}, seuil de relecture {threshold}</translation>
    </message>
</context>
</TS>
