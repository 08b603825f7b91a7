<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>The language could not be saved: the settings folder cannot be written.</source>
        <translation>Não foi possível guardar o idioma: não é possível escrever na pasta de configurações.</translation>
    </message>
    <message>
        <source>The language will change when cxrviewer is restarted.</source>
        <translation>O idioma mudará quando o cxrviewer for reiniciado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Chest X-ray images (*.png *.jpg *.jpeg *.dcm *.dicom *.dic)</source>
        <translation>Radiografias de tórax (*.png *.jpg *.jpeg *.dcm *.dicom *.dic)</translation>
    </message>
    <message>
        <source>DICOM files (*.dcm *.dicom *.dic)</source>
        <translation>Ficheiros DICOM (*.dcm *.dicom *.dic)</translation>
    </message>
    <message>
        <source>Administration is not available in this version.</source>
        <translation>A administração não está disponível nesta versão.</translation>
    </message>
    <message>
        <source>Choose an image in the worklist
to see it here with its heatmap</source>
        <translation>Escolha uma imagem na lista de trabalho
para vê-la aqui com o seu mapa de calor</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisão</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open one or more chest X-ray images</source>
        <translation>Abrir uma ou mais radiografias de tórax</translation>
    </message>
    <message>
        <source>Screen &amp;folder…</source>
        <translation>Triar uma &amp;pasta…</translation>
    </message>
    <message>
        <source>Screen every chest X-ray in a folder and list them by abnormality score</source>
        <translation>Analisar todas as radiografias de tórax de uma pasta e ordená-las pela pontuação de anomalia</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajustar à janela</translation>
    </message>
    <message>
        <source>Show the whole image</source>
        <translation>Mostrar a imagem inteira</translation>
    </message>
    <message>
        <source>Show/hide &amp;heatmap</source>
        <translation>Mostrar/ocultar o &amp;mapa de calor</translation>
    </message>
    <message>
        <source>&amp;Next image</source>
        <translation>Imagem &amp;seguinte</translation>
    </message>
    <message>
        <source>&amp;Previous image</source>
        <translation>Imagem &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Administração…</translation>
    </message>
    <message>
        <source>&amp;About cxrviewer</source>
        <translation>&amp;Sobre o cxrviewer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Model not loaded</source>
        <translation>Modelo não carregado</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>A carregar o modelo…</translation>
    </message>
    <message>
        <source>Model ready: {model}</source>
        <translation>Modelo pronto: {model}</translation>
    </message>
    <message>
        <source>Review threshold {threshold}; loaded from {folder}</source>
        <translation>Limiar de revisão {threshold}; carregado de {folder}</translation>
    </message>
    <message>
        <source>The new model could not be loaded: {reason} Still using {model}.</source>
        <translation>Não foi possível carregar o novo modelo: {reason} Continua a ser usado {model}.</translation>
    </message>
    <message>
        <source>No model: viewing only</source>
        <translation>Sem modelo: apenas visualização</translation>
    </message>
    <message>
        <source>{reason} Images can still be viewed, but no scores are shown.</source>
        <translation>{reason} As imagens ainda podem ser vistas, mas não é mostrada nenhuma pontuação.</translation>
    </message>
    <message>
        <source>Open chest X-rays</source>
        <translation>Abrir radiografias de tórax</translation>
    </message>
    <message>
        <source>No image files found.</source>
        <translation>Não foi encontrado nenhum ficheiro de imagem.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>A abrir…</translation>
    </message>
    <message>
        <source>opening…</source>
        <translation>a abrir…</translation>
    </message>
    <message>
        <source>This file cannot be shown.
The reason is given on the right.</source>
        <translation>Este ficheiro não pode ser mostrado.
O motivo é indicado à direita.</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>não foi possível ler</translation>
    </message>
    <message>
        <source>Screen a folder of chest X-rays</source>
        <translation>Triar uma pasta de radiografias de tórax</translation>
    </message>
    <message>
        <source>One folder is screened at a time: screening {folder}. Drop the others once it has finished.</source>
        <translation>É triada uma pasta de cada vez: a triar {folder}. Largue as outras quando terminar.</translation>
    </message>
    <message>
        <source>cxrviewer closed unexpectedly last time. A technical report was saved to {report}. If this happens again, please send that file to your administrator.</source>
        <translation>O cxrviewer fechou inesperadamente da última vez. Foi guardado um relatório técnico em {report}. Se voltar a acontecer, envie esse ficheiro ao seu administrador.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir a pasta de registos</translation>
    </message>
    <message>
        <source>Administration could not be opened. The details were written to the log.</source>
        <translation>Não foi possível abrir a administração. Os detalhes foram escritos no registo.</translation>
    </message>
    <message>
        <source> (set by your administrator)</source>
        <translation> (definido pelo seu administrador)</translation>
    </message>
    <message>
        <source>Model: {model}&lt;br&gt;Review threshold: {threshold}{overridden}</source>
        <translation>Modelo: {model}&lt;br&gt;Limiar de revisão: {threshold}{overridden}</translation>
    </message>
    <message>
        <source>Model: not loaded</source>
        <translation>Modelo: não carregado</translation>
    </message>
    <message>
        <source>Chest X-ray screening support.</source>
        <translation>Apoio à triagem por radiografia de tórax.</translation>
    </message>
    <message>
        <source>About cxrviewer</source>
        <translation>Sobre o cxrviewer</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>For screening support; not a diagnosis.</source>
        <translation>Apoio à triagem; não constitui um diagnóstico.</translation>
    </message>
    <message>
        <source>Review recommended</source>
        <translation>Revisão recomendada</translation>
    </message>
    <message>
        <source>Below review threshold</source>
        <translation>Abaixo do limiar de revisão</translation>
    </message>
    <message>
        <source>The score is at or above the review threshold. Please review this image.</source>
        <translation>A pontuação é igual ou superior ao limiar de revisão. Reveja esta imagem.</translation>
    </message>
    <message>
        <source>A score below the threshold does not rule out disease.</source>
        <translation>Uma pontuação abaixo do limiar não exclui doença.</translation>
    </message>
    <message>
        <source>Brighter colours mark the areas that most influenced the score.</source>
        <translation>As cores mais vivas assinalam as áreas que mais influenciaram a pontuação.</translation>
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
        <translation>Ilegível</translation>
    </message>
    <message>
        <source>No score: read this image manually</source>
        <translation>Sem pontuação: leia esta imagem manualmente</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Ainda não revista</translation>
    </message>
    <message>
        <source>Reviewer: asked at your first decision</source>
        <translation>Revisor: pedido na primeira decisão</translation>
    </message>
    <message>
        <source>Reviewed: {decision} by {reviewer}, {when}</source>
        <translation>Revista: {decision} por {reviewer}, {when}</translation>
    </message>
    <message>
        <source>Differs from the model: it flagged this image “{flag}”.</source>
        <translation>Difere do modelo: assinalou esta imagem como «{flag}».</translation>
    </message>
    <message>
        <source>Differs from the model: its score is below the review threshold.</source>
        <translation>Difere do modelo: a sua pontuação está abaixo do limiar de revisão.</translation>
    </message>
    <message>
        <source>No image open.
Open a chest X-ray to see its abnormality score.</source>
        <translation>Nenhuma imagem aberta.
Abra uma radiografia de tórax para ver a sua pontuação de anomalia.</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>A analisar…</translation>
    </message>
    <message>
        <source>Abnormality score</source>
        <translation>Pontuação de anomalia</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Show where the model looked (H)</source>
        <translation>Mostrar onde o modelo olhou (H)</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>Opacidade do mapa de calor</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacidade</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>A carregar o modelo…</translation>
    </message>
    <message>
        <source>Caution: {caution}</source>
        <translation>Atenção: {caution}</translation>
    </message>
    <message>
        <source>set by your administrator</source>
        <translation>definido pelo seu administrador</translation>
    </message>
    <message>
        <source>from the model card</source>
        <translation>segundo a ficha do modelo</translation>
    </message>
    <message>
        <source>Review threshold: {threshold} ({source})</source>
        <translation>Limiar de revisão: {threshold} ({source})</translation>
    </message>
    <message>
        <source>Model: {name} {version}</source>
        <translation>Modelo: {name} {version}</translation>
    </message>
    <message>
        <source>This image could not be analysed</source>
        <translation>Não foi possível analisar esta imagem</translation>
    </message>
</context>
<context>
    <name>ReviewBox</name>
    <message>
        <source>Your decision</source>
        <translation>A sua decisão</translation>
    </message>
    <message>
        <source>keys A · N · U</source>
        <translation>teclas A · N · U</translation>
    </message>
    <message>
        <source>Record “{decision}” for this image ({key})</source>
        <translation>Registar «{decision}» para esta imagem ({key})</translation>
    </message>
    <message>
        <source>Note (optional): type it, then choose</source>
        <translation>Nota opcional; depois escolha</translation>
    </message>
    <message>
        <source>Note saved with the decision</source>
        <translation>Nota guardada com a decisão</translation>
    </message>
    <message>
        <source>Change reviewer…</source>
        <translation>Mudar de revisor…</translation>
    </message>
    <message>
        <source>Choose who is reviewing (asked once per session)</source>
        <translation>Escolher quem revê (pedido uma vez por sessão)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Histórico…</translation>
    </message>
    <message>
        <source>Every decision recorded for this image, corrections included</source>
        <translation>Todas as decisões registadas para esta imagem, incluindo correções</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>History ({count})…</source>
        <translation>Histórico ({count})…</translation>
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
        <translation>pontuação {score}, limiar de revisão {threshold}</translation>
    </message>
</context>
</TS>
