<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AdaptTab</name>
    <message>
        <source>Check the model in use on your own labelled X-rays, and fit an adapted version of it (a new final step on the model&apos;s features; the network itself is unchanged). Every image is scored by a version fitted without it. Switching to the adapted model is recommended only when it is better beyond reasonable doubt.</source>
        <translation>Verifique o modelo em uso com as suas próprias radiografias rotuladas e ajuste uma versão adaptada (um novo passo final sobre as características do modelo; a rede em si não é alterada). Cada imagem é pontuada por uma versão ajustada sem ela. Mudar para o modelo adaptado só é recomendado quando for melhor para além de qualquer dúvida razoável.</translation>
    </message>
    <message>
        <source>No labelled X-rays chosen.</source>
        <translation>Nenhuma radiografia rotulada escolhida.</translation>
    </message>
    <message>
        <source>Choose folder or list…</source>
        <translation>Escolher pasta ou lista…</translation>
    </message>
    <message>
        <source>Use the images the clinicians reviewed instead</source>
        <translation>Usar antes as imagens revistas pelos clínicos</translation>
    </message>
    <message>
        <source>Check and adapt</source>
        <translation>Verificar e adaptar</translation>
    </message>
    <message>
        <source>ROC on your X-rays</source>
        <translation>ROC nas suas radiografias</translation>
    </message>
    <message>
        <source>1 - specificity</source>
        <translation>1 - especificidade</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>sensibilidade</translation>
    </message>
    <message>
        <source>Switch on although it is not recommended (recorded in the audit log)</source>
        <translation>Ativar embora não seja recomendado (fica registado no registo de auditoria)</translation>
    </message>
    <message>
        <source>Use the adapted model</source>
        <translation>Usar o modelo adaptado</translation>
    </message>
    <message>
        <source>Folder of labelled X-rays</source>
        <translation>Pasta de radiografias rotuladas</translation>
    </message>
    <message>
        <source>Choose a folder or list of labelled X-rays first, or use the reviewed images.</source>
        <translation>Escolha primeiro uma pasta ou lista de radiografias rotuladas, ou use as imagens revistas.</translation>
    </message>
    <message>
        <source>Scoring {images} labelled X-rays…</source>
        <translation>A pontuar {images} radiografias rotuladas…</translation>
    </message>
    <message>
        <source>Model in use (AUC {auc})</source>
        <translation>Modelo em uso (AUC {auc})</translation>
    </message>
    <message>
        <source>Adapted, cross-validated (AUC {auc})</source>
        <translation>Adaptado, validação cruzada (AUC {auc})</translation>
    </message>
    <message>
        <source>{reason} ({images} images; gain in AUC {gain}, 95% interval {low} to {high}; adapted model at its threshold: sensitivity {sensitivity}, specificity {specificity}.)</source>
        <translation>{reason} ({images} imagens; ganho de AUC {gain}, intervalo de confiança de 95% de {low} a {high}; modelo adaptado no seu limiar: sensibilidade {sensitivity}, especificidade {specificity}.)</translation>
    </message>
    <message>
        <source>The adapted model is not recommended; tick the override box to switch it on anyway.</source>
        <translation>O modelo adaptado não é recomendado; assinale a caixa de exceção para o ativar mesmo assim.</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>Não recomendado</translation>
    </message>
    <message>
        <source>The local check did not show that the adapted model is better. Switch it on anyway? This is recorded in the audit log.</source>
        <translation>A verificação local não mostrou que o modelo adaptado é melhor. Ativá-lo mesmo assim? Isto fica registado no registo de auditoria.</translation>
    </message>
    <message>
        <source>The adapted model could not be saved.</source>
        <translation>Não foi possível guardar o modelo adaptado.</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} O modelo em uso mantém-se.</translation>
    </message>
    <message>
        <source>The adapted model is now in use: {model}.</source>
        <translation>O modelo adaptado está agora em uso: {model}.</translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <source>A new model is being trained or awaits a decision. Unlock to stop or decide, or leave this window open: the work goes on while it is locked.</source>
        <translation>Está a ser treinado um novo modelo ou este aguarda uma decisão. Desbloqueie para o parar ou decidir, ou deixe esta janela aberta: o trabalho continua enquanto está bloqueada.</translation>
    </message>
    <message>
        <source>cxrviewer – Administration</source>
        <translation>cxrviewer – Administração</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>1. Local X-rays</source>
        <translation>1. Radiografias locais</translation>
    </message>
    <message>
        <source>2. Retrain and compare</source>
        <translation>2. Retreinar e comparar</translation>
    </message>
    <message>
        <source>Adjust threshold</source>
        <translation>Ajustar o limiar</translation>
    </message>
    <message>
        <source>Clinician reviews</source>
        <translation>Revisões clínicas</translation>
    </message>
    <message>
        <source>Adapt to this clinic</source>
        <translation>Adaptar a esta unidade</translation>
    </message>
    <message>
        <source>For screening support; not a diagnosis. Every change is recorded in the audit log.</source>
        <translation>Apoio à triagem; não constitui um diagnóstico. Cada alteração é registada no registo de auditoria.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close and lock this window.</source>
        <translation>Fechar e bloquear esta janela.</translation>
    </message>
    <message>
        <source> The training goes on meanwhile.</source>
        <translation> O treino continua entretanto.</translation>
    </message>
    <message>
        <source> The new model awaits your decision.</source>
        <translation> O novo modelo aguarda a sua decisão.</translation>
    </message>
    <message>
        <source> The current step goes on meanwhile.</source>
        <translation> O passo atual continua entretanto.</translation>
    </message>
    <message>
        <source>Locked after 1 minute without use.</source>
        <translation>Bloqueado após 1 minuto sem utilização.</translation>
    </message>
    <message>
        <source>Locked after {minutes} minutes without use.</source>
        <translation>Bloqueado após {minutes} minutos sem utilização.</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} O modelo em uso mantém-se.</translation>
    </message>
    <message>
        <source>The settings could not be saved. The model in use is unchanged.</source>
        <translation>Não foi possível guardar as configurações. O modelo em uso mantém-se.</translation>
    </message>
    <message>
        <source>Please wait until the current step has finished.</source>
        <translation>Aguarde até o passo atual terminar.</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Treino em curso</translation>
    </message>
    <message>
        <source>Training is still running. Stop it and close this window? Nothing will be changed.</source>
        <translation>O treino ainda está em curso. Pará-lo e fechar esta janela? Nada será alterado.</translation>
    </message>
    <message>
        <source>New model not decided</source>
        <translation>Novo modelo por decidir</translation>
    </message>
    <message>
        <source>Close this window and discard the new model? The model in use stays.</source>
        <translation>Fechar esta janela e descartar o novo modelo? O modelo em uso mantém-se.</translation>
    </message>
</context>
<context>
    <name>AuthPage</name>
    <message>
        <source>That passphrase is not correct. Please try again.</source>
        <translation>Essa frase-passe não está correta. Tente novamente.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase-passe:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar novamente</translation>
    </message>
    <message>
        <source>Administrator passphrase</source>
        <translation>Frase-passe do administrador</translation>
    </message>
    <message>
        <source>Enter the administrator passphrase to manage the screening model.</source>
        <translation>Introduza a frase-passe do administrador para gerir o modelo de triagem.</translation>
    </message>
    <message>
        <source>Administration is closed</source>
        <translation>A administração está fechada</translation>
    </message>
    <message>
        <source>{reason} Administration stays closed until then. Your IT contact runs this command in a terminal on this computer:</source>
        <translation>{reason} A administração fica fechada até lá. O seu contacto de informática executa este comando num terminal neste computador:</translation>
    </message>
    <message>
        <source>No administrator passphrase has been set for this installation, so administration stays closed. The passphrase is set when cxrviewer is installed, not in this window. To set it, your IT contact runs this command in a terminal on this computer:</source>
        <translation>Não foi definida nenhuma frase-passe de administrador para esta instalação, pelo que a administração fica fechada. A frase-passe é definida quando o cxrviewer é instalado, não nesta janela. Para a definir, o seu contacto de informática executa este comando num terminal neste computador:</translation>
    </message>
    <message>
        <source>It asks for the new passphrase twice. Then press “{button}”. Viewing and screening work as usual meanwhile.</source>
        <translation>Pede a nova frase-passe duas vezes. Depois prima «{button}». Entretanto, a visualização e a triagem funcionam normalmente.</translation>
    </message>
    <message>
        <source>Still no passphrase is set for this installation.</source>
        <translation>Continua a não haver frase-passe definida para esta instalação.</translation>
    </message>
    <message>
        <source>That passphrase is not correct. </source>
        <translation>Essa frase-passe não está correta. </translation>
    </message>
    <message>
        <source>Too many wrong passphrases: you can try again in {wait}.</source>
        <translation>Demasiadas frases-passe erradas: pode tentar novamente dentro de {wait}.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Já pode tentar novamente.</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Something went wrong. The model in use is unchanged. Details are in the cxrviewer log file.</source>
        <translation>Algo correu mal. O modelo em uso mantém-se. Os detalhes estão no registo do cxrviewer.</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>The screening history could not be read. The details were written to the log.</source>
        <translation>Não foi possível ler o histórico de triagens. Os detalhes foram escritos no registo.</translation>
    </message>
    <message>
        <source>This screening run could not be read. The details were written to the log.</source>
        <translation>Não foi possível ler esta triagem. Os detalhes foram escritos no registo.</translation>
    </message>
    <message>
        <source>This screening run is no longer in the results database.</source>
        <translation>Esta triagem já não está na base de dados de resultados.</translation>
    </message>
    <message>
        <source>{status} · started {when}</source>
        <translation>{status} · iniciada em {when}</translation>
    </message>
    <message>
        <source>This run was interrupted before it finished (cxrviewer was closed or stopped). Resume to screen the rest of the folder.</source>
        <translation>Esta triagem foi interrompida antes de terminar (o cxrviewer foi fechado ou parado). Retome para triar o resto da pasta.</translation>
    </message>
    <message>
        <source>This run was cancelled before it finished. Resume to screen the rest of the folder.</source>
        <translation>Esta triagem foi cancelada antes de terminar. Retome para triar o resto da pasta.</translation>
    </message>
    <message>
        <source>This run has no screened images.</source>
        <translation>Esta triagem não tem imagens triadas.</translation>
    </message>
    <message>
        <source>This folder does not exist or cannot be opened: {folder}</source>
        <translation>Esta pasta não existe ou não pode ser aberta: {folder}</translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation>A procurar imagens…</translation>
    </message>
    <message>
        <source>Screening: looking for images…</source>
        <translation>Triagem: a procurar imagens…</translation>
    </message>
    <message>
        <source>Screening {total} images…</source>
        <translation>A triar {total} imagens…</translation>
    </message>
    <message>
        <source>Screening: {done} of {total}</source>
        <translation>Triagem: {done} de {total}</translation>
    </message>
    <message>
        <source>Completed · {total} images in {elapsed}</source>
        <translation>Concluída · {total} imagens em {elapsed}</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} images</source>
        <translation>Cancelada após {done} de {total} imagens</translation>
    </message>
    <message>
        <source>Screening was cancelled. The images finished so far are kept; Resume screens the rest of the folder.</source>
        <translation>A triagem foi cancelada. As imagens já concluídas são mantidas; Retomar tria o resto da pasta.</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Não triado</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>não foi possível escrever</translation>
    </message>
    <message>
        <source>The CSV file could not be saved to {folder} ({reason}). Please choose another folder.</source>
        <translation>Não foi possível guardar o ficheiro CSV em {folder} ({reason}). Escolha outra pasta.</translation>
    </message>
    <message>
        <source>Saved {count} of {total} rows ({view}) to {path}</source>
        <translation>Foram guardadas {count} de {total} linhas ({view}) em {path}</translation>
    </message>
    <message>
        <source> · review threshold {threshold}</source>
        <translation> · limiar de revisão {threshold}</translation>
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
        <translation>… e mais {count}.</translation>
    </message>
    <message>
        <source>Choose chest X-rays from your clinic whose findings are known. Three ways of labelling them are understood: subfolders named &lt;b&gt;normal&lt;/b&gt; and &lt;b&gt;abnormal&lt;/b&gt;; file names ending in &lt;b&gt;_0&lt;/b&gt; (normal) or &lt;b&gt;_1&lt;/b&gt; (abnormal); or a CSV list with the columns &lt;b&gt;file&lt;/b&gt; and &lt;b&gt;label&lt;/b&gt; (0 or 1) and, if a patient has several images, &lt;b&gt;group&lt;/b&gt; (for example the patient number).</source>
        <translation>Escolha radiografias de tórax da sua unidade de saúde cujos achados sejam conhecidos. São aceites três formas de as rotular: subpastas chamadas &lt;b&gt;normal&lt;/b&gt; e &lt;b&gt;abnormal&lt;/b&gt;; nomes de ficheiro terminados em &lt;b&gt;_0&lt;/b&gt; (normal) ou &lt;b&gt;_1&lt;/b&gt; (anormal); ou uma lista CSV com as colunas &lt;b&gt;file&lt;/b&gt; e &lt;b&gt;label&lt;/b&gt; (0 ou 1) e, se um doente tiver várias imagens, &lt;b&gt;group&lt;/b&gt; (por exemplo, o número do doente). Estes nomes escrevem-se tal como estão, em inglês.</translation>
    </message>
    <message>
        <source>Folder or CSV list of labelled X-rays</source>
        <translation>Pasta ou lista CSV de radiografias rotuladas</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Escolher pasta…</translation>
    </message>
    <message>
        <source>Choose CSV list…</source>
        <translation>Escolher lista CSV…</translation>
    </message>
    <message>
        <source>Check images</source>
        <translation>Verificar imagens</translation>
    </message>
    <message>
        <source>The check report appears here.</source>
        <translation>O relatório da verificação aparece aqui.</translation>
    </message>
    <message>
        <source>Folder of labelled X-rays</source>
        <translation>Pasta de radiografias rotuladas</translation>
    </message>
    <message>
        <source>CSV list of labelled X-rays</source>
        <translation>Lista CSV de radiografias rotuladas</translation>
    </message>
    <message>
        <source>CSV list (*.csv)</source>
        <translation>Lista CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a folder or a CSV list first.</source>
        <translation>Escolha primeiro uma pasta ou uma lista CSV.</translation>
    </message>
    <message>
        <source>First use or discard the new model (tab “2. Retrain and compare”).</source>
        <translation>Primeiro use ou descarte o novo modelo (separador «2. Retreinar e comparar»).</translation>
    </message>
    <message>
        <source>Reading every image once to check it…</source>
        <translation>A ler cada imagem uma vez para a verificar…</translation>
    </message>
    <message>
        <source>These images can be used for retraining.</source>
        <translation>Estas imagens podem ser usadas para retreinar.</translation>
    </message>
    <message>
        <source>The images are divided into three parts: &lt;b&gt;{train}&lt;/b&gt; to train on, &lt;b&gt;{tune}&lt;/b&gt; to tune, and &lt;b&gt;{check}&lt;/b&gt; ({normal} normal, {abnormal} abnormal) to compare the new model with the model in use.</source>
        <translation>As imagens são divididas em três partes: &lt;b&gt;{train}&lt;/b&gt; para treinar, &lt;b&gt;{tune}&lt;/b&gt; para ajustar e &lt;b&gt;{check}&lt;/b&gt; ({normal} normais, {abnormal} anormais) para comparar o novo modelo com o modelo em uso.</translation>
    </message>
    <message>
        <source> Images of the same patient (the list&apos;s &lt;b&gt;group&lt;/b&gt; column) always stay in the same part.</source>
        <translation> As imagens do mesmo doente (coluna &lt;b&gt;group&lt;/b&gt; da lista) ficam sempre na mesma parte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files that cannot be read&lt;/b&gt; (they will be left out):</source>
        <translation>&lt;b&gt;Ficheiros que não podem ser lidos&lt;/b&gt; (serão excluídos):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Identical files&lt;/b&gt; (the same image stored more than once):</source>
        <translation>&lt;b&gt;Ficheiros idênticos&lt;/b&gt; (a mesma imagem guardada mais de uma vez):</translation>
    </message>
    <message>
        <source>labelled differently</source>
        <translation>rotuladas de forma diferente</translation>
    </message>
</context>
<context>
    <name>FilterExportBar</name>
    <message>
        <source>Flagged only</source>
        <translation>Apenas sinalizadas</translation>
    </message>
    <message>
        <source>List only the images marked &quot;{flag}&quot;, and those without a score (&quot;{manual}&quot;)</source>
        <translation>Mostrar apenas as imagens marcadas como «{flag}» e as que não têm pontuação («{manual}»)</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>Ainda não revistas</translation>
    </message>
    <message>
        <source>List only the images without a clinician&apos;s decision; an image leaves the list when its decision is recorded</source>
        <translation>Mostrar apenas as imagens sem decisão de um clínico; uma imagem sai da lista quando a sua decisão é registada</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the images as listed (the filters and the order on screen) with their scores as a CSV file</source>
        <translation>Guardar as imagens tal como estão listadas (filtros e ordem no ecrã) com as suas pontuações num ficheiro CSV</translation>
    </message>
</context>
<context>
    <name>HeatmapLegend</name>
    <message>
        <source>Heatmap: influence on the score</source>
        <translation>Mapa de calor: influência na pontuação</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baixa</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>Heatmap colour legend, from low to high influence on the score</source>
        <translation>Legenda de cores do mapa de calor, da menor para a maior influência na pontuação</translation>
    </message>
</context>
<context>
    <name>HistoryBar</name>
    <message>
        <source>Earlier screening runs: choose one to list its images again</source>
        <translation>Triagens anteriores: escolha uma para voltar a listar as suas imagens</translation>
    </message>
    <message>
        <source>Screening history</source>
        <translation>Histórico de triagens</translation>
    </message>
    <message>
        <source>Earlier screenings…</source>
        <translation>Triagens anteriores…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Screen the rest of this folder; images already scored are not screened again</source>
        <translation>Triar o resto desta pasta; as imagens já pontuadas não são triadas de novo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>No screening runs yet</source>
        <translation>Ainda não há triagens</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
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
        <translation>Modelo nesse momento</translation>
    </message>
    <message>
        <source>Decisions on {file}</source>
        <translation>Decisões sobre {file}</translation>
    </message>
    <message>
        <source>{count} decision(s) on {file}, newest first. The newest counts; earlier ones are kept as they were recorded.</source>
        <translation>{count} decisão(ões) sobre {file}, a mais recente primeiro. Conta a mais recente; as anteriores são mantidas tal como foram registadas.</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>sinalizada</translation>
    </message>
    <message>
        <source>below threshold</source>
        <translation>abaixo do limiar</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sem pontuação</translation>
    </message>
    <message>
        <source>{score} · {flag} · {model} {version}</source>
        <translation>{score} · {flag} · {model} {version}</translation>
    </message>
    <message>
        <source> (differs)</source>
        <translation> (difere)</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Open a chest X-ray
(File ▸ Open…, or drag image files here)</source>
        <translation>Abra uma radiografia de tórax
(Ficheiro ▸ Abrir…, ou arraste ficheiros de imagem para aqui)</translation>
    </message>
    <message>
        <source>Value {value}</source>
        <translation>Valor {value}</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Janela</translation>
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
    <name>LineChart</name>
    <message>
        <source>No data yet</source>
        <translation>Ainda sem dados</translation>
    </message>
</context>
<context>
    <name>LocalCheckLine</name>
    <message>
        <source>Not yet checked at this clinic</source>
        <translation>Ainda não verificado nesta unidade de saúde</translation>
    </message>
    <message>
        <source>At this clinic ({images} images, {date}): AUC {auc}, sensitivity {sensitivity}, specificity {specificity}</source>
        <translation>Nesta unidade de saúde ({images} imagens, {date}): AUC {auc}, sensibilidade {sensitivity}, especificidade {specificity}</translation>
    </message>
    <message>
        <source>At hospitals it was not trained on, this model ranked abnormal above normal X-rays with an AUC of about {auc} ({sealed} at {hospitals} other hospitals): treat the score as a rough pointer until it is checked here.</source>
        <translation>Em hospitais que não fizeram parte do seu treino, este modelo classificou as radiografias anormais acima das normais com uma AUC de cerca de {auc} ({sealed} em {hospitals} outros hospitais): considere a pontuação apenas como uma indicação aproximada até que o modelo seja verificado nesta unidade de saúde.</translation>
    </message>
    <message>
        <source>At hospitals it was not trained on, this model ranked abnormal above normal X-rays with an AUC of about {auc}: treat the score as a rough pointer until it is checked here.</source>
        <translation>Em hospitais que não fizeram parte do seu treino, este modelo classificou as radiografias anormais acima das normais com uma AUC de cerca de {auc}: considere a pontuação apenas como uma indicação aproximada até que o modelo seja verificado nesta unidade de saúde.</translation>
    </message>
    <message>
        <source>This model&apos;s figures come from the public X-rays it was trained on. How well it works on this clinic&apos;s X-rays has not been measured yet: an administrator can check it on at least 50 labelled local images (Tools ▸ Administration ▸ Adapt, or cxrviewer-cli adapt).</source>
        <translation>Os números deste modelo vêm das radiografias públicas com que foi treinado. O seu desempenho nas radiografias desta unidade de saúde ainda não foi medido: um administrador pode verificá-lo com pelo menos 50 imagens locais rotuladas (Ferramentas ▸ Administração ▸ Adaptar, ou cxrviewer-cli adapt).</translation>
    </message>
    <message>
        <source>Measured by an administrator on labelled X-rays of this clinic, each scored as the model would score it (user guide: “Is the model checked at this clinic?”).</source>
        <translation>Medido por um administrador em radiografias rotuladas desta unidade de saúde, cada uma pontuada como o modelo a pontuaria (guia do utilizador: «O modelo foi verificado nesta unidade de saúde?»).</translation>
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
        <translation>Imagem anteri&amp;or</translation>
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
        <translation>Ferramen&amp;tas</translation>
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
        <source>{bits}-bit {format}</source>
        <translation>{format} de {bits} bits</translation>
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
    <name>ModelHost</name>
    <message>
        <source>The screening model is not available, so no score can be shown.</source>
        <translation>O modelo de triagem não está disponível, pelo que não pode ser mostrada nenhuma pontuação.</translation>
    </message>
    <message>
        <source>Something went wrong while analysing this image. The details were written to the log.</source>
        <translation>Algo correu mal ao analisar esta imagem. Os detalhes foram escritos no registo.</translation>
    </message>
    <message>
        <source>The screening model could not be loaded. Please reinstall cxrviewer or ask your administrator.</source>
        <translation>Não foi possível carregar o modelo de triagem. Reinstale o cxrviewer ou contacte o seu administrador.</translation>
    </message>
    <message>
        <source>The screening model is not available, so the folder cannot be screened.</source>
        <translation>O modelo de triagem não está disponível, pelo que a pasta não pode ser triada.</translation>
    </message>
    <message>
        <source>No files were found in this folder (or its sub-folders).</source>
        <translation>Não foi encontrado nenhum ficheiro nesta pasta (nem nas suas subpastas).</translation>
    </message>
    <message>
        <source>Screening was cancelled before it started.</source>
        <translation>A triagem foi cancelada antes de começar.</translation>
    </message>
    <message>
        <source>Screening stopped because of an unexpected problem. The details were written to the log.</source>
        <translation>A triagem parou devido a um problema inesperado. Os detalhes foram escritos no registo.</translation>
    </message>
</context>
<context>
    <name>ModelsTab</name>
    <message>
        <source>activated</source>
        <translation>ativação</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeição</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>regresso ao modelo anterior</translation>
    </message>
    <message>
        <source>recalibrated</source>
        <translation>limiar ajustado</translation>
    </message>
    <message>
        <source>training failed</source>
        <translation>falha do treino</translation>
    </message>
    <message>
        <source>passphrase set</source>
        <translation>frase-passe definida</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>frase-passe errada</translation>
    </message>
    <message>
        <source>Supplied with cxrviewer</source>
        <translation>Fornecido com o cxrviewer</translation>
    </message>
    <message>
        <source>Chosen outside this list</source>
        <translation>Escolhido fora desta lista</translation>
    </message>
    <message>
        <source>Threshold adjusted on local X-rays</source>
        <translation>Limiar ajustado com radiografias locais</translation>
    </message>
    <message>
        <source>Retrained on local X-rays</source>
        <translation>Retreinado com radiografias locais</translation>
    </message>
    <message>
        <source>Trained on local X-rays</source>
        <translation>Treinado com radiografias locais</translation>
    </message>
    <message>
        <source>AUC {auc} · flags {sensitivity} of abnormal, clears {specificity} of normal</source>
        <translation>AUC {auc} · sinaliza {sensitivity} das anormais, deixa {specificity} das normais abaixo do limiar</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Results on images set aside</source>
        <translation>Resultados nas imagens reservadas</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Em uso</translation>
    </message>
    <message>
        <source>Use the selected model</source>
        <translation>Usar o modelo selecionado</translation>
    </message>
    <message>
        <source>Recent decisions (audit log):</source>
        <translation>Decisões recentes (registo de auditoria):</translation>
    </message>
    <message>
        <source>In use now: {model}, threshold {threshold}</source>
        <translation>Em uso agora: {model}, limiar {threshold}</translation>
    </message>
    <message>
        <source>● in use</source>
        <translation>● em uso</translation>
    </message>
    <message>
        <source>No decisions recorded yet.</source>
        <translation>Ainda não há decisões registadas.</translation>
    </message>
    <message>
        <source>Finish or discard the new model first.</source>
        <translation>Termine ou descarte primeiro o novo modelo.</translation>
    </message>
    <message>
        <source>Now in use: {model}.</source>
        <translation>Agora em uso: {model}.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>The worklist is hidden while you step through the files you opened: View ▸ Worklist (Ctrl+L) shows it again.</source>
        <translation>A lista de trabalho fica oculta enquanto percorre os ficheiros abertos: Ver ▸ Lista de trabalho (Ctrl+L) volta a mostrá-la.</translation>
    </message>
    <message>
        <source>Next image in the list on screen</source>
        <translation>Imagem seguinte da lista no ecrã</translation>
    </message>
    <message>
        <source>Previous image in the list on screen</source>
        <translation>Imagem anterior da lista no ecrã</translation>
    </message>
    <message>
        <source>Open X-ray files (PNG, JPEG, DICOM)</source>
        <translation>Abrir ficheiros de radiografia (PNG, JPEG, DICOM)</translation>
    </message>
    <message>
        <source>Screen a folder into the worklist</source>
        <translation>Triar uma pasta para a lista de trabalho</translation>
    </message>
    <message>
        <source>Show or hide the worklist</source>
        <translation>Mostrar ou ocultar a lista de trabalho</translation>
    </message>
    <message>
        <source>Previous / next row when the list has the keyboard focus</source>
        <translation>Linha anterior / seguinte quando a lista tem o foco do teclado</translation>
    </message>
    <message>
        <source>Your decision: Abnormal / Normal / Not readable</source>
        <translation>A sua decisão: Anormal / Normal / Ilegível</translation>
    </message>
</context>
<context>
    <name>Orientation</name>
    <message>
        <source>Flipped left–right</source>
        <translation>Espelhada esquerda–direita</translation>
    </message>
    <message>
        <source>Flipped top–bottom</source>
        <translation>Espelhada cima–baixo</translation>
    </message>
    <message>
        <source>Rotated 90° right</source>
        <translation>Rodada 90° para a direita</translation>
    </message>
    <message>
        <source>Rotated 180°</source>
        <translation>Rodada 180°</translation>
    </message>
    <message>
        <source>Rotated 90° left</source>
        <translation>Rodada 90° para a esquerda</translation>
    </message>
    <message>
        <source>Flipped left–right, then rotated 90° right</source>
        <translation>Espelhada esquerda–direita, depois rodada 90° para a direita</translation>
    </message>
    <message>
        <source>Flipped left–right, then rotated 90° left</source>
        <translation>Espelhada esquerda–direita, depois rodada 90° para a esquerda</translation>
    </message>
</context>
<context>
    <name>ReadingActions</name>
    <message>
        <source>Right-drag</source>
        <translation>Arrastar com o botão direito</translation>
    </message>
    <message>
        <source>Window/level: left–right changes the width (contrast), up–down the level (brightness)</source>
        <translation>Janela/nível: esquerda–direita altera a largura (contraste), cima–baixo o nível (brilho)</translation>
    </message>
    <message>
        <source>Double right-click</source>
        <translation>Duplo clique direito</translation>
    </message>
    <message>
        <source>Back to the file&apos;s own window (Default)</source>
        <translation>Voltar à janela do próprio ficheiro (Predefinida)</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Roda do rato</translation>
    </message>
    <message>
        <source>Zoom in or out around the cursor</source>
        <translation>Ampliar ou reduzir em torno do cursor</translation>
    </message>
    <message>
        <source>Left-drag</source>
        <translation>Arrastar com o botão esquerdo</translation>
    </message>
    <message>
        <source>Move the image when it is larger than the view</source>
        <translation>Mover a imagem quando é maior do que a vista</translation>
    </message>
    <message>
        <source>Double left-click</source>
        <translation>Duplo clique esquerdo</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>Ajustar a imagem à janela</translation>
    </message>
    <message>
        <source>Window/level: {preset}</source>
        <translation>Janela/nível: {preset}</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Inverter</translation>
    </message>
    <message>
        <source>Show the image as a negative</source>
        <translation>Mostrar a imagem em negativo</translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation>Rodar para a &amp;esquerda</translation>
    </message>
    <message>
        <source>Rotate 90° anticlockwise</source>
        <translation>Rodar 90° no sentido anti-horário</translation>
    </message>
    <message>
        <source>Rotate &amp;right</source>
        <translation>Rodar para a &amp;direita</translation>
    </message>
    <message>
        <source>Rotate 90° clockwise</source>
        <translation>Rodar 90° no sentido horário</translation>
    </message>
    <message>
        <source>Flip left–ri&amp;ght</source>
        <translation>Espelha&amp;r esquerda–direita</translation>
    </message>
    <message>
        <source>Mirror the image left to right</source>
        <translation>Espelhar a imagem da esquerda para a direita</translation>
    </message>
    <message>
        <source>Flip &amp;top–bottom</source>
        <translation>Espelhar cima–&amp;baixo</translation>
    </message>
    <message>
        <source>Turn the image upside down</source>
        <translation>Virar a imagem de cima para baixo</translation>
    </message>
    <message>
        <source>&amp;Actual size (1:1)</source>
        <translation>&amp;Tamanho real (1:1)</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>Um píxel da imagem por píxel do ecrã</translation>
    </message>
    <message>
        <source>&amp;Zoom in</source>
        <translation>Am&amp;pliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Red&amp;uzir</translation>
    </message>
    <message>
        <source>R&amp;eset view</source>
        <translation>Repor a &amp;vista</translation>
    </message>
    <message>
        <source>Default window, not inverted, upright, fitted to the window</source>
        <translation>Janela predefinida, sem inversão, direita, ajustada à janela</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>E&amp;crã inteiro</translation>
    </message>
    <message>
        <source>Read the image on the whole screen (Esc leaves)</source>
        <translation>Ler a imagem no ecrã inteiro (Esc para sair)</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Sair do ecrã inteiro</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <source>The keys for moving through images, deciding and reading the image</source>
        <translation>As teclas para passar de uma imagem a outra, decidir e ler a imagem</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Window/le&amp;vel</source>
        <translation>Ja&amp;nela/nível</translation>
    </message>
    <message>
        <source>Window/level</source>
        <translation>Janela/nível</translation>
    </message>
    <message>
        <source>Window/level presets (right-drag on the image to adjust)</source>
        <translation>Predefinições de janela/nível (arraste com o botão direito sobre a imagem para ajustar)</translation>
    </message>
    <message>
        <source>{key} or double right-click</source>
        <translation>{key} ou duplo clique direito</translation>
    </message>
    <message>
        <source>Full screen / leave full screen</source>
        <translation>Ecrã inteiro / sair do ecrã inteiro</translation>
    </message>
    <message>
        <source>Show/hide the heatmap (with its colour legend)</source>
        <translation>Mostrar/ocultar o mapa de calor (com a sua legenda de cores)</translation>
    </message>
    <message>
        <source>Moving through images, deciding</source>
        <translation>Passar de uma imagem a outra, decidir</translation>
    </message>
    <message>
        <source>Reading the image</source>
        <translation>Ler a imagem</translation>
    </message>
    <message>
        <source>Reading changes the display only, never the image or its score.</source>
        <translation>A leitura altera apenas a visualização, nunca a imagem nem a sua pontuação.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Not yet reviewed</source>
        <translation>Ainda não revista</translation>
    </message>
    <message>
        <source>Chest X-ray screening report</source>
        <translation>Relatório de triagem por radiografia de tórax</translation>
    </message>
    <message>
        <source>the PDF file was not written</source>
        <translation>o ficheiro PDF não foi escrito</translation>
    </message>
    <message>
        <source>Every image must still be read by a qualified clinician. A score below the threshold does not mean the image is normal, and a flagged image is not necessarily abnormal.</source>
        <translation>Cada imagem deve continuar a ser lida por um clínico qualificado. Uma pontuação abaixo do limiar não significa que a imagem seja normal, e uma imagem sinalizada não é necessariamente anormal.</translation>
    </message>
    <message>
        <source>Created {when}</source>
        <translation>Criado em {when}</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nome do doente</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID do doente</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Data do exame</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>N.º de acesso</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
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
        <translation>Pontuação de anomalia</translation>
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
        <source>Model: {model}</source>
        <translation>Modelo: {model}</translation>
    </message>
    <message>
        <source>… (shortened)</source>
        <translation>… (abreviada)</translation>
    </message>
    <message>
        <source>Clinician&apos;s decision</source>
        <translation>Decisão do clínico</translation>
    </message>
    <message>
        <source>The report could not be drawn (the file or printer could not be opened).</source>
        <translation>Não foi possível gerar o relatório (não foi possível abrir o ficheiro ou a impressora).</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>With heatmap (inside the lungs)</source>
        <translation>Com mapa de calor (dentro dos pulmões)</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>The model gave no heatmap for this image.</source>
        <translation>O modelo não deu nenhum mapa de calor para esta imagem.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Printing is not available in this version of cxrviewer. Export the report (File ▸ Export report…) and print the PDF instead.</source>
        <translation>A impressão não está disponível nesta versão do cxrviewer. Exporte o relatório (Ficheiro ▸ Exportar relatório…) e imprima o PDF.</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir o relatório</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>não foi possível escrever</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>E&amp;xportar relatório…</translation>
    </message>
    <message>
        <source>Save a one-page PDF report of the image on show</source>
        <translation>Guardar um relatório PDF de uma página da imagem mostrada</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the one-page report of the image on show</source>
        <translation>Imprimir o relatório de uma página da imagem mostrada</translation>
    </message>
    <message>
        <source>The decision could not be read from the results database.</source>
        <translation>Não foi possível ler a decisão da base de dados de resultados.</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exportar o relatório como PDF</translation>
    </message>
    <message>
        <source>The report could not be saved to {folder} ({reason}). Please choose another folder.</source>
        <translation>Não foi possível guardar o relatório em {folder} ({reason}). Escolha outra pasta.</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Relatório guardado em {path}</translation>
    </message>
    <message>
        <source>The report could not be printed. Please check the printer and try again.</source>
        <translation>Não foi possível imprimir o relatório. Verifique a impressora e tente novamente.</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>O relatório foi enviado para a impressora.</translation>
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
    <name>ReviewController</name>
    <message>
        <source>The decision was not saved: the results database could not be written. The details were written to the log.</source>
        <translation>A decisão não foi guardada: não foi possível escrever na base de dados de resultados. Os detalhes foram escritos no registo.</translation>
    </message>
    <message>
        <source>Record “{decision}”</source>
        <translation>Registar «{decision}»</translation>
    </message>
    <message>
        <source>Change &amp;reviewer…</source>
        <translation>Mudar de &amp;revisor…</translation>
    </message>
    <message>
        <source>Decision &amp;history…</source>
        <translation>&amp;Histórico de decisões…</translation>
    </message>
    <message>
        <source>The decision was not saved: choose who is reviewing first.</source>
        <translation>A decisão não foi guardada: escolha primeiro quem revê.</translation>
    </message>
    <message>
        <source>The decision was not saved: {reason}</source>
        <translation>A decisão não foi guardada: {reason}</translation>
    </message>
    <message>
        <source>The decision history could not be read. The details were written to the log.</source>
        <translation>Não foi possível ler o histórico de decisões. Os detalhes foram escritos no registo.</translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <source>Who is reviewing?</source>
        <translation>Quem está a rever?</translation>
    </message>
    <message>
        <source>Your name is saved with each decision you record in this session.</source>
        <translation>O seu nome é guardado com cada decisão que registar nesta sessão.</translation>
    </message>
    <message>
        <source>Add reviewer…</source>
        <translation>Adicionar revisor…</translation>
    </message>
    <message>
        <source>New reviewer&apos;s name, e.g. Dr A. Mensah</source>
        <translation>Nome do novo revisor, p. ex. Dr. A. Mensah</translation>
    </message>
    <message>
        <source>Review as this person</source>
        <translation>Rever como esta pessoa</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>Missed by the model</source>
        <translation>Não detetada pelo modelo</translation>
    </message>
    <message>
        <source>Flagged, reviewer: normal</source>
        <translation>Sinalizada, revisor: normal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reviewer said</source>
        <translation>Segundo o revisor</translation>
    </message>
    <message>
        <source>Model said</source>
        <translation>Segundo o modelo</translation>
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
        <translation>Não foi possível guardar a lista em {path} ({reason}). Escolha outra pasta.</translation>
    </message>
    <message>
        <source>Each image&apos;s latest decision by your clinicians, compared with the model&apos;s flag at the time. Images marked not readable, and images without a score, are left out of the rates.</source>
        <translation>A decisão mais recente dos seus clínicos sobre cada imagem, comparada com a sinalização do modelo nesse momento. As imagens marcadas como ilegíveis e as imagens sem pontuação ficam fora das taxas.</translation>
    </message>
    <message>
        <source>Images reviewed:</source>
        <translation>Imagens revistas:</translation>
    </message>
    <message>
        <source>Sensitivity:</source>
        <translation>Sensibilidade:</translation>
    </message>
    <message>
        <source>Specificity:</source>
        <translation>Especificidade:</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Concordância:</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modelos:</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Discordâncias</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Save as a labelled list…</source>
        <translation>Guardar como lista rotulada…</translation>
    </message>
    <message>
        <source>Check that the reviewed files are unchanged and list them with their decision as labels, for the “1. Local X-rays” tab (no image is copied)</source>
        <translation>Verificar que os ficheiros revistos não foram alterados e listá-los com a sua decisão como rótulo, para o separador «1. Radiografias locais» (nenhuma imagem é copiada)</translation>
    </message>
    <message>
        <source>The clinicians&apos; decisions could not be read. The details are in the log.</source>
        <translation>Não foi possível ler as decisões dos clínicos. Os detalhes estão no registo.</translation>
    </message>
    <message>
        <source>{reviewed} ({abnormal} abnormal, {normal} normal, {unreadable} not readable); {compared} compared with the model</source>
        <translation>{reviewed} ({abnormal} anormais, {normal} normais, {unreadable} ilegíveis); {compared} comparadas com o modelo</translation>
    </message>
    <message>
        <source>{rate} — abnormal images the model flagged</source>
        <translation>{rate} — imagens anormais que o modelo sinalizou</translation>
    </message>
    <message>
        <source>{rate} — normal images it left below the threshold</source>
        <translation>{rate} — imagens normais que deixou abaixo do limiar</translation>
    </message>
    <message>
        <source>Disagreements ({count}), newest first</source>
        <translation>Discordâncias ({count}), as mais recentes primeiro</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>sinalizada</translation>
    </message>
    <message>
        <source>below threshold</source>
        <translation>abaixo do limiar</translation>
    </message>
    <message>
        <source>Save the reviewed images as a labelled list</source>
        <translation>Guardar as imagens revistas como lista rotulada</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>No list was saved: {reason}.</source>
        <translation>Nenhuma lista foi guardada: {reason}.</translation>
    </message>
    <message>
        <source>{result}. Saved to {path}: choose it on the “1. Local X-rays” tab to check it or to train on it.</source>
        <translation>{result}. Guardada em {path}: escolha-a no separador «1. Radiografias locais» para a verificar ou para treinar com ela.</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>Screening run summary</source>
        <translation>Resumo da triagem</translation>
    </message>
    <message>
        <source>Read manually (could not be scored)</source>
        <translation>Ler manualmente (não foi possível pontuar)</translation>
    </message>
    <message>
        <source>Flagged “{flag}”</source>
        <translation>Sinalizadas «{flag}»</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Pontuadas</translation>
    </message>
    <message>
        <source>Reviewed by a clinician</source>
        <translation>Revistas por um clínico</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>Ainda não revista</translation>
    </message>
    <message>
        <source>{decision} (differs)</source>
        <translation>{decision} (difere)</translation>
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
        <translation>{title} (continuação)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nenhuma.</translation>
    </message>
    <message>
        <source> · review threshold {threshold}</source>
        <translation> · limiar de revisão {threshold}</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Triado</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Flagged: {flag} ({count})</source>
        <translation>Sinalizadas: {flag} ({count})</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID do doente</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sem pontuação</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The summary could not be drawn (the file or printer could not be opened).</source>
        <translation>Não foi possível gerar o resumo (não foi possível abrir o ficheiro ou a impressora).</translation>
    </message>
</context>
<context>
    <name>RunSummaryExport</name>
    <message>
        <source>Export summary (PDF)…</source>
        <translation>Exportar resumo (PDF)…</translation>
    </message>
    <message>
        <source>Save a PDF summary of this run: the counts, the flagged images and those to read manually</source>
        <translation>Guardar um resumo PDF desta triagem: as contagens, as imagens sinalizadas e as que devem ser lidas manualmente</translation>
    </message>
    <message>
        <source>Export the run summary as PDF</source>
        <translation>Exportar o resumo da triagem como PDF</translation>
    </message>
    <message>
        <source>There is no screening run on show to summarise.</source>
        <translation>Não está a ser mostrada nenhuma triagem para resumir.</translation>
    </message>
    <message>
        <source>The summary could not be made: the results database could not be read. The details were written to the log.</source>
        <translation>Não foi possível fazer o resumo: não foi possível ler a base de dados de resultados. Os detalhes foram escritos no registo.</translation>
    </message>
    <message>
        <source>The summary could not be saved to {folder} ({reason}). Please choose another folder.</source>
        <translation>Não foi possível guardar o resumo em {folder} ({reason}). Escolha outra pasta.</translation>
    </message>
    <message>
        <source>Saved the summary (1 page) to {path}</source>
        <translation>Resumo (1 página) guardado em {path}</translation>
    </message>
    <message>
        <source>Saved the summary ({pages} pages) to {path}</source>
        <translation>Resumo ({pages} páginas) guardado em {path}</translation>
    </message>
</context>
<context>
    <name>ScoreBar</name>
    <message>
        <source>score {score}, review threshold {threshold}</source>
        <translation>pontuação {score}, limiar de revisão {threshold}</translation>
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
        <translation>Parar a triagem; as imagens já concluídas são mantidas</translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation>A procurar imagens…</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>A estimar o tempo restante…</translation>
    </message>
    <message>
        <source>%v of {total} images</source>
        <translation>%v de {total} imagens</translation>
    </message>
    <message>
        <source> · about {duration} left</source>
        <translation> · faltam cerca de {duration}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
</context>
<context>
    <name>StudyLine</name>
    <message>
        <source>no patient details in the file</source>
        <translation>o ficheiro não contém dados do doente</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Data do exame</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>N.º de acesso</translation>
    </message>
    <message>
        <source>Patient and study of the image shown</source>
        <translation>Doente e exame da imagem mostrada</translation>
    </message>
</context>
<context>
    <name>ThresholdTab</name>
    <message>
        <source>Calculated on {images} images ({normal} normal, {abnormal} abnormal). With the new threshold, {sensitivity} of abnormal images are flagged, and {after} of normal images would be flagged for review (now {before}).</source>
        <translation>Calculado com {images} imagens ({normal} normais, {abnormal} anormais). Com o novo limiar, {sensitivity} das imagens anormais são sinalizadas, e {after} das imagens normais seriam sinalizadas para revisão (agora {before}).</translation>
    </message>
    <message>
        <source> With fewer than 100 images these figures are rough.</source>
        <translation> Com menos de 100 imagens, estes números são aproximados.</translation>
    </message>
    <message>
        <source>The threshold decides above which score an image is flagged “Review recommended”. Here it can be set on your own labelled X-rays so that the model in use flags a chosen share of abnormal images. The model itself is not changed; the adjusted version is added to the Models list, so the previous threshold can always be put back.</source>
        <translation>O limiar decide a partir de que pontuação uma imagem é sinalizada como «Revisão recomendada». Aqui pode ser definido com as suas próprias radiografias rotuladas, para que o modelo em uso sinalize a proporção escolhida de imagens anormais. O modelo em si não é alterado; a versão ajustada é adicionada à lista de modelos, pelo que o limiar anterior pode sempre ser reposto.</translation>
    </message>
    <message>
        <source>First check a folder of labelled X-rays on the “1. Local X-rays” tab.</source>
        <translation>Primeiro verifique uma pasta de radiografias rotuladas no separador «1. Radiografias locais».</translation>
    </message>
    <message>
        <source>{n} % of abnormal images flagged</source>
        <translation>{n}% das imagens anormais sinalizadas</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <source>Current threshold</source>
        <translation>Limiar atual</translation>
    </message>
    <message>
        <source>New threshold</source>
        <translation>Novo limiar</translation>
    </message>
    <message>
        <source>Threshold (flag when score is at least)</source>
        <translation>Limiar (sinalizar a partir desta pontuação)</translation>
    </message>
    <message>
        <source>Abnormal images flagged (sensitivity)</source>
        <translation>Imagens anormais sinalizadas (sensibilidade)</translation>
    </message>
    <message>
        <source>Normal images not flagged (specificity)</source>
        <translation>Imagens normais não sinalizadas (especificidade)</translation>
    </message>
    <message>
        <source>Use the new threshold</source>
        <translation>Usar o novo limiar</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <source>Scoring {images} images the model in use has not been trained on…</source>
        <translation>A pontuar {images} imagens com que o modelo em uso não foi treinado…</translation>
    </message>
    <message>
        <source>The new threshold could not be saved.</source>
        <translation>Não foi possível guardar o novo limiar.</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} O modelo em uso mantém-se.</translation>
    </message>
    <message>
        <source>The new threshold ({threshold}) is now in use.</source>
        <translation>O novo limiar ({threshold}) está agora em uso.</translation>
    </message>
    <message>
        <source>The new threshold could not be switched on; the model in use is unchanged.</source>
        <translation>Não foi possível ativar o novo limiar; o modelo em uso mantém-se.</translation>
    </message>
</context>
<context>
    <name>TrainingProcess</name>
    <message>
        <source>Training failed.</source>
        <translation>O treino falhou.</translation>
    </message>
    <message>
        <source>Training was stopped. No new model was saved; the model in use is unchanged.</source>
        <translation>O treino foi parado. Não foi guardado nenhum modelo novo; o modelo em uso mantém-se.</translation>
    </message>
    <message>
        <source>Training stopped unexpectedly. No new model was saved; the model in use is unchanged.</source>
        <translation>O treino parou inesperadamente. Não foi guardado nenhum modelo novo; o modelo em uso mantém-se.</translation>
    </message>
    <message>
        <source>The training program could not be started. Please reinstall cxrviewer or ask IT.</source>
        <translation>Não foi possível iniciar o programa de treino. Reinstale o cxrviewer ou contacte o serviço de informática.</translation>
    </message>
    <message>
        <source>Starting training…</source>
        <translation>A iniciar o treino…</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>A parar após o passo atual…</translation>
    </message>
    <message>
        <source>Training: round {epoch} of {epochs}</source>
        <translation>Treino: ciclo {epoch} de {epochs}</translation>
    </message>
    <message>
        <source>Reading images: {done} of {total}</source>
        <translation>A ler imagens: {done} de {total}</translation>
    </message>
    <message>
        <source>Training: first round…</source>
        <translation>Treino: primeiro ciclo…</translation>
    </message>
    <message>
        <source>Saving the new model…</source>
        <translation>A guardar o novo modelo…</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>Retraining needs the full installation ({bundle}). Ask your IT contact. Adjusting the threshold works in this installation.</source>
        <translation>Retreinar requer a instalação completa ({bundle}). Fale com o seu contacto de informática. O ajuste do limiar funciona nesta instalação.</translation>
    </message>
    <message>
        <source>Retraining needs the full installation ({bundle}, or cxrviewer installed with its “train” extra). Ask your IT contact. Adjusting the threshold works in this installation.</source>
        <translation>Retreinar requer a instalação completa ({bundle}, ou o cxrviewer instalado com o seu extra «train»). Fale com o seu contacto de informática. O ajuste do limiar funciona nesta instalação.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>Improve the model in use with your X-rays (recommended)</source>
        <translation>Melhorar o modelo em uso com as suas radiografias (recomendado)</translation>
    </message>
    <message>
        <source>Train a new model from scratch (needs many more images)</source>
        <translation>Treinar um modelo novo de raiz (requer muito mais imagens)</translation>
    </message>
    <message>
        <source>{n} rounds</source>
        <translation>{n} ciclos</translation>
    </message>
    <message>
        <source>{n} % of patients</source>
        <translation>{n}% dos doentes</translation>
    </message>
    <message>
        <source>Half of these images tune the new model, half compare it with the model in use. None of them are used to train it.</source>
        <translation>Metade destas imagens ajusta o novo modelo e a outra metade compara-o com o modelo em uso. Nenhuma é usada para o treinar.</translation>
    </message>
    <message>
        <source>Training length:</source>
        <translation>Duração do treino:</translation>
    </message>
    <message>
        <source>Set aside for checking:</source>
        <translation>Reservado para controlo:</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Iniciar o treino</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>Parar o treino</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progresso do treino</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Training error should fall; the check score (AUC on images set aside for tuning) should rise. 1.0 is perfect, 0.5 is chance.</source>
        <translation>O erro de treino deve descer; a pontuação de controlo (AUC nas imagens reservadas para ajuste) deve subir. 1,0 é perfeito; 0,5 é o acaso.</translation>
    </message>
    <message>
        <source>The curve appears after the first round.</source>
        <translation>A curva aparece após o primeiro ciclo.</translation>
    </message>
    <message>
        <source>New model compared with the model in use, on your images set aside</source>
        <translation>Novo modelo comparado com o modelo em uso, nas suas imagens reservadas</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>Modelo em uso</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Novo modelo</translation>
    </message>
    <message>
        <source>Tells normal from abnormal (AUC, 1.00 = perfect)</source>
        <translation>Distingue normais de anormais (AUC, 1,00 = perfeito)</translation>
    </message>
    <message>
        <source>Abnormal images flagged (sensitivity)</source>
        <translation>Imagens anormais sinalizadas (sensibilidade)</translation>
    </message>
    <message>
        <source>Normal images not flagged (specificity)</source>
        <translation>Imagens normais não sinalizadas (especificidade)</translation>
    </message>
    <message>
        <source>Threshold (flag when score is at least)</source>
        <translation>Limiar (sinalizar a partir desta pontuação)</translation>
    </message>
    <message>
        <source>Flagged abnormal vs false alarms</source>
        <translation>Anormais sinalizadas versus falsos alarmes</translation>
    </message>
    <message>
        <source>False alarms (normal images flagged)</source>
        <translation>Falsos alarmes (imagens normais sinalizadas)</translation>
    </message>
    <message>
        <source>Abnormal images flagged</source>
        <translation>Imagens anormais sinalizadas</translation>
    </message>
    <message>
        <source>Use the new model</source>
        <translation>Usar o novo modelo</translation>
    </message>
    <message>
        <source>Discard the new model</source>
        <translation>Descartar o novo modelo</translation>
    </message>
    <message>
        <source>AUC summarises how well the scores separate normal from abnormal images at every threshold. Sensitivity and specificity are at each model&apos;s own threshold.</source>
        <translation>A AUC resume quão bem as pontuações separam as imagens normais das anormais em todos os limiares. A sensibilidade e a especificidade são dadas no limiar próprio de cada modelo.</translation>
    </message>
    <message>
        <source>First check a folder of labelled X-rays on the “1. Local X-rays” tab.</source>
        <translation>Primeiro verifique uma pasta de radiografias rotuladas no separador «1. Radiografias locais».</translation>
    </message>
    <message>
        <source>Training is not possible with these images: {reason}</source>
        <translation>Não é possível treinar com estas imagens: {reason}</translation>
    </message>
    <message>
        <source>Images: {normal} normal and {abnormal} abnormal from {folder}.</source>
        <translation>Imagens: {normal} normais e {abnormal} anormais, de {folder}.</translation>
    </message>
    <message>
        <source>The model in use cannot be improved here (the file needed for further training is not part of it). Choose “Train a new model from scratch”, or put back the model supplied with cxrviewer first.</source>
        <translation>O modelo em uso não pode ser melhorado aqui (não inclui o ficheiro necessário para continuar o treino). Escolha «Treinar um modelo novo de raiz» ou reponha primeiro o modelo fornecido com o cxrviewer.</translation>
    </message>
    <message>
        <source>Training on {train} images; {tune} tune it and {check} are kept aside to compare it with the model in use.</source>
        <translation>A treinar com {train} imagens; {tune} ajustam-no e {check} ficam reservadas para o comparar com o modelo em uso.</translation>
    </message>
    <message>
        <source>Training error</source>
        <translation>Erro de treino</translation>
    </message>
    <message>
        <source>Check score (AUC)</source>
        <translation>Pontuação de controlo (AUC)</translation>
    </message>
    <message>
        <source>Training finished. Comparing the new model with the model in use…</source>
        <translation>Treino concluído. A comparar o novo modelo com o modelo em uso…</translation>
    </message>
    <message>
        <source>Both models were scored on the same {images} images set aside ({normal} normal, {abnormal} abnormal); the new model never saw them during training.</source>
        <translation>Ambos os modelos foram pontuados nas mesmas {images} imagens reservadas ({normal} normais, {abnormal} anormais); o novo modelo nunca as viu durante o treino.</translation>
    </message>
    <message>
        <source>Model in use (AUC {auc})</source>
        <translation>Modelo em uso (AUC {auc})</translation>
    </message>
    <message>
        <source>New model (AUC {auc})</source>
        <translation>Novo modelo (AUC {auc})</translation>
    </message>
    <message>
        <source>The new model could not be compared: {reason} It was discarded.</source>
        <translation>Não foi possível comparar o novo modelo: {reason} Foi descartado.</translation>
    </message>
    <message>
        <source>The new model could not be saved.</source>
        <translation>Não foi possível guardar o novo modelo.</translation>
    </message>
    <message>
        <source>{reason} The model in use is unchanged.</source>
        <translation>{reason} O modelo em uso mantém-se.</translation>
    </message>
    <message>
        <source>The new model is now in use: {model}.</source>
        <translation>O novo modelo está agora em uso: {model}.</translation>
    </message>
    <message>
        <source>The new model was saved but could not be switched on; the model in use is unchanged. See the Models tab.</source>
        <translation>O novo modelo foi guardado, mas não foi possível ativá-lo; o modelo em uso mantém-se. Veja o separador Modelos.</translation>
    </message>
    <message>
        <source>The new model was discarded. The model in use is unchanged.</source>
        <translation>O novo modelo foi descartado. O modelo em uso mantém-se.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>The user guide could not be found in this installation. Please ask your administrator.</source>
        <translation>O guia do utilizador não foi encontrado nesta instalação. Contacte o seu administrador.</translation>
    </message>
</context>
<context>
    <name>UserGuideAction</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guia do utilizador</translation>
    </message>
    <message>
        <source>How to use cxrviewer: reading an X-ray, screening a folder, recording decisions</source>
        <translation>Como usar o cxrviewer: ler uma radiografia, triar uma pasta, registar decisões</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>cxrviewer user guide</source>
        <translation>Guia do utilizador do cxrviewer</translation>
    </message>
</context>
<context>
    <name>Windowing</name>
    <message>
        <source>Default (from file)</source>
        <translation>Predefinida (do ficheiro)</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>Intervalo completo</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Pulmão</translation>
    </message>
    <message>
        <source>Soft tissue</source>
        <translation>Tecidos moles</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Osso</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Abnormality
score</source>
        <translation>Pontuação
de anomalia</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Sinalização</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID do doente</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nome do doente</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Data do exame</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>N.º de acesso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source> (differs)</source>
        <translation> (difere)</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation>Abaixo do limiar</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sem pontuação</translation>
    </message>
    <message>
        <source>Read manually</source>
        <translation>Ler manualmente</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Pontuada</translation>
    </message>
    <message>
        <source>Scored earlier</source>
        <translation>Pontuada antes</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Não triada</translation>
    </message>
    <message>
        <source>The model&apos;s abnormality score; click a header to sort. Images without a score (Read manually) always come first</source>
        <translation>A pontuação de anomalia do modelo; clique num cabeçalho para ordenar. As imagens sem pontuação (Ler manualmente) aparecem sempre primeiro</translation>
    </message>
    <message>
        <source>{status} ({when}) by {model} {version}</source>
        <translation>{status} ({when}) por {model} {version}</translation>
    </message>
    <message>
        <source>Abnormality score {score} · review threshold {threshold} · model {model} {version}</source>
        <translation>Pontuação de anomalia {score} · limiar de revisão {threshold} · modelo {model} {version}</translation>
    </message>
    <message>
        <source>It was not screened.</source>
        <translation>Não foi triada.</translation>
    </message>
    <message>
        <source>Read manually. No score: {reason}
Open the image and read it yourself.</source>
        <translation>Ler manualmente. Sem pontuação: {reason}
Abra a imagem e leia-a você mesmo.</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Ainda não revista</translation>
    </message>
    <message>
        <source> — differs from the model&apos;s flag</source>
        <translation> — difere da sinalização do modelo</translation>
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
        <translation>Acesso {number}</translation>
    </message>
    <message>
        <source>flagged or read manually and not yet reviewed</source>
        <translation>sinalizadas ou para ler manualmente, ainda não revistas</translation>
    </message>
    <message>
        <source>flagged or read manually</source>
        <translation>sinalizadas ou para ler manualmente</translation>
    </message>
    <message>
        <source>not yet reviewed</source>
        <translation>ainda não revistas</translation>
    </message>
    <message>
        <source>all images</source>
        <translation>todas as imagens</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>ordem de chegada</translation>
    </message>
    <message>
        <source>highest first</source>
        <translation>do maior para o menor</translation>
    </message>
    <message>
        <source>lowest first</source>
        <translation>do menor para o maior</translation>
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
        <translation>{filters}; primeiro as de ler manualmente, depois por {column}, {order}</translation>
    </message>
    <message>
        <source>Export the worklist as CSV</source>
        <translation>Exportar a lista de trabalho como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Screening now</source>
        <translation>Em triagem</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompida</translation>
    </message>
    <message>
        <source> · {count} flagged</source>
        <translation> · {count} sinalizadas</translation>
    </message>
    <message>
        <source> · {count} images</source>
        <translation> · {count} imagens</translation>
    </message>
    <message>
        <source>Screen a folder (File ▸ Screen folder…, or drop a folder on the window) to list its images here: first those to read manually (no score), then the highest abnormality score. Choose a row, or step with Page Up / Page Down, to see that image.</source>
        <translation>Trie uma pasta (Ficheiro ▸ Triar uma pasta…, ou largue uma pasta na janela) para listar aqui as suas imagens: primeiro as que devem ser lidas manualmente (sem pontuação), depois a pontuação de anomalia mais alta. Escolha uma linha, ou avance com Page Up / Page Down, para ver essa imagem.</translation>
    </message>
    <message>
        <source>A folder is already being screened. Cancel it first, or wait until it has finished.</source>
        <translation>Já está a ser triada uma pasta. Cancele primeiro ou aguarde até terminar.</translation>
    </message>
    <message>
        <source>  (showing the {count} {shown})</source>
        <translation>  (são mostradas as {count} {shown})</translation>
    </message>
    <message>
        <source>Scored {scored} · Flagged {flagged} · Read manually {failed}</source>
        <translation>Pontuadas {scored} · Sinalizadas {flagged} · Ler manualmente {failed}</translation>
    </message>
    <message>
        <source> · Already done {count}</source>
        <translation> · Já feitas {count}</translation>
    </message>
    <message>
        <source> · Reviewed {count}</source>
        <translation> · Revistas {count}</translation>
    </message>
    <message>
        <source> ({count} differ from the flag)</source>
        <translation> ({count} diferem da sinalização)</translation>
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
        <translation>{rate} imagens/s</translation>
    </message>
</context>
<context>
    <name>WorklistDock</name>
    <message>
        <source>Worklist</source>
        <translation>Lista de trabalho</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>&amp;Lista de trabalho</translation>
    </message>
    <message>
        <source>Show or hide the worklist of screened folders and their history</source>
        <translation>Mostrar ou ocultar a lista de trabalho das pastas triadas e o seu histórico</translation>
    </message>
</context>
</TS>
