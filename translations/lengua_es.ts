<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BeforeAfterView</name>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="262"/>
        <source>Whole pipeline: input → result</source>
        <translation>Todo el proceso: entrada → resultado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="264"/>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="282"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="283"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="296"/>
        <source>Before: the original text</source>
        <translation>Antes: el texto original</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="297"/>
        <source>After: the result (one sentence per line, tokens separated by spaces)</source>
        <translation>Después: el resultado (una oración por línea, tokens separados por espacios)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="301"/>
        <source>Before “%1”: the original text</source>
        <translation>Antes de “%1”: el texto original</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="302"/>
        <source>Before “%1”: after “%2”</source>
        <translation>Antes de “%1”: después de “%2”</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="304"/>
        <source>After “%1”</source>
        <translation>Después de “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="311"/>
        <source>%Ln edit(s) in %1 step(s)</source>
        <translation>
            <numerusform>%Ln cambio en %1 pasos</numerusform>
            <numerusform>%Ln cambios en %1 pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="312"/>
        <source>%Ln edit(s) in this step</source>
        <translation>
            <numerusform>%Ln cambio en este paso</numerusform>
            <numerusform>%Ln cambios en este paso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="316"/>
        <source>(the changes could not be located in the text, so they are not highlighted)</source>
        <translation>(no se pudieron ubicar los cambios en el texto, así que no están resaltados)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="323"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="324"/>
        <source>The whole pipeline at once, or one step: what the step received and what it made of it</source>
        <translation>Todo el proceso de una vez, o un solo paso: lo que el paso recibió y lo que hizo con ello</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="327"/>
        <source>&lt;span style=&quot;background:%1;color:%2;text-decoration:line-through&quot;&gt;&amp;nbsp;removed or changed&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;background:%3;color:%4&quot;&gt;&amp;nbsp;added or changed&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;background:%1;color:%2;text-decoration:line-through&quot;&gt;&amp;nbsp;eliminado o cambiado&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;background:%3;color:%4&quot;&gt;&amp;nbsp;añadido o cambiado&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="333"/>
        <source>The text before: what the step removed or changed is red and struck out</source>
        <translation>El texto antes: lo que el paso eliminó o cambió aparece en rojo y tachado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BeforeAfterView.cpp" line="335"/>
        <source>The text after: what the step added or changed is green</source>
        <translation>El texto después: lo que el paso añadió o cambió aparece en verde</translation>
    </message>
</context>
<context>
    <name>ConcordanceModel</name>
    <message>
        <location filename="../ui/models/ConcordanceModel.cpp" line="85"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/models/ConcordanceModel.cpp" line="87"/>
        <source>Left context</source>
        <translation>Contexto izquierdo</translation>
    </message>
    <message>
        <location filename="../ui/models/ConcordanceModel.cpp" line="89"/>
        <source>Keyword</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <location filename="../ui/models/ConcordanceModel.cpp" line="91"/>
        <source>Right context</source>
        <translation>Contexto derecho</translation>
    </message>
</context>
<context>
    <name>CorpusImporter</name>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="51"/>
        <source>%1 is not valid UTF-8, so it was read as windows-1252 (Western European): check that accented letters look right.</source>
        <translation>%1 no es UTF-8 válido, así que se leyó como windows-1252 (Europa occidental): compruebe que las letras con tilde se vean bien.</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="55"/>
        <source>1 invalid byte sequence was replaced by �.</source>
        <translation>Se reemplazó 1 secuencia de bytes no válida por �.</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="56"/>
        <source>%1 invalid byte sequences were replaced by �.</source>
        <translation>Se reemplazaron %1 secuencias de bytes no válidas por �.</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="63"/>
        <source>(and 1 more warning)</source>
        <translation>(y 1 advertencia más)</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="64"/>
        <source>(and %1 more warnings)</source>
        <translation>(y %1 advertencias más)</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="71"/>
        <source>Import corpus files</source>
        <translation>Importar archivos de corpus</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="72"/>
        <source>Texts and tables (*.txt *.md *.csv *.tsv *.tab *.jsonl *.ndjson *.html *.htm *.fortunes);;All files (*)</source>
        <translation>Textos y tablas (*.txt *.md *.csv *.tsv *.tab *.jsonl *.ndjson *.html *.htm *.fortunes);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="83"/>
        <source>Import a folder of texts (one document per file)</source>
        <translation>Importar una carpeta de textos (un documento por archivo)</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="104"/>
        <source>%1 could not be read.

%2</source>
        <translation>No se pudo leer %1.

%2</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="121"/>
        <location filename="../ui/CorpusImporter.cpp" line="154"/>
        <location filename="../ui/CorpusImporter.cpp" line="165"/>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="132"/>
        <source>The sample corpus is missing from this build of Lengua.</source>
        <translation>Falta el corpus de muestra en esta compilación de Lengua.</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="136"/>
        <source>Loading the Lengua sample</source>
        <translation>Cargando la muestra de Lengua</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="136"/>
        <source>The Lengua sample</source>
        <translation>La muestra de Lengua</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="137"/>
        <source>Lengua sample</source>
        <translation>Muestra de Lengua</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="191"/>
        <source>%1 could not be loaded.

%2</source>
        <translation>No se pudo cargar %1.

%2</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="202"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>CorpusPanel</name>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="230"/>
        <source>&amp;Corpus:</source>
        <translation>&amp;Corpus:</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="231"/>
        <source>The corpus shown in this panel (every corpus of the workspace)</source>
        <translation>El corpus que se muestra en este panel (la lista tiene todos los corpus del espacio de trabajo)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="232"/>
        <source>&amp;Import…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="233"/>
        <source>Import text files, tables (CSV, TSV, JSON Lines) or HTML as a new corpus; the arrow offers folders and ready-made corpora. You can also drop files on the window.</source>
        <translation>Importa archivos de texto, tablas (CSV, TSV, JSON Lines) o HTML como un corpus nuevo; la flecha ofrece carpetas y corpus ya preparados. También puede soltar archivos sobre la ventana.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="237"/>
        <source>The documents of the corpus; select one to read it</source>
        <translation>Los documentos del corpus; seleccione uno para leerlo</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="238"/>
        <source>The selected document, as loaded (UTF-8)</source>
        <translation>El documento seleccionado, tal como se cargó (UTF-8)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="240"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="241"/>
        <source>Frequencies</source>
        <translation>Frecuencias</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="242"/>
        <source>Zipf</source>
        <translation>Zipf</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="243"/>
        <source>Concordance</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="244"/>
        <source>Sizes of the corpus</source>
        <translation>Medidas del corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="246"/>
        <source>Every word with its count, most frequent first</source>
        <translation>Cada palabra con su frecuencia, de la más frecuente a la menos frecuente</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="247"/>
        <source>Frequency against rank, log-log</source>
        <translation>Frecuencia según el rango, en escala log-log</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="249"/>
        <source>Every occurrence of a word in its context (KWIC)</source>
        <translation>Cada aparición de una palabra en su contexto (KWIC)</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="79"/>
        <source>Documents:</source>
        <translation>Documentos:</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="80"/>
        <source>Sentences:</source>
        <translation>Oraciones:</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="81"/>
        <source>Tokens (running words):</source>
        <translation>Tokens (palabras en total):</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="82"/>
        <source>Types (distinct words):</source>
        <translation>Tipos (palabras distintas):</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="83"/>
        <source>Characters:</source>
        <translation>Caracteres:</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="84"/>
        <source>Type/token ratio:</source>
        <translation>Razón tipo/token:</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="85"/>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="87"/>
        <source>Number of documents in the corpus</source>
        <translation>Número de documentos del corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="88"/>
        <source>Sentences ending in . ! ? or … (a quick count; the preprocessing lesson splits sentences more carefully)</source>
        <translation>Oraciones que terminan en . ! ? o … (un conteo rápido; la lección de preprocesamiento separa las oraciones con más cuidado)</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="91"/>
        <source>Every word occurrence: N</source>
        <translation>Todas las apariciones de palabras: N</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="92"/>
        <source>Different words after case folding: the vocabulary size |V|</source>
        <translation>Palabras distintas, sin diferenciar mayúsculas de minúsculas: el tamaño del vocabulario |V|</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="94"/>
        <source>Unicode characters, spaces included</source>
        <translation>Caracteres Unicode, incluidos los espacios</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="95"/>
        <source>|V| / N: how varied the vocabulary is; it falls as the corpus grows</source>
        <translation>|V| / N: cuán variado es el vocabulario; disminuye a medida que el corpus crece</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="98"/>
        <source>How the file&apos;s bytes were decoded</source>
        <translation>Cómo se decodificaron los bytes del archivo</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="104"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="470"/>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="105"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/FrequencyView.cpp" line="93"/>
        <source>Find a word (Ctrl+F)</source>
        <translation>Buscar una palabra (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/FrequencyView.cpp" line="95"/>
        <source>Shows only the words that contain this text</source>
        <translation>Muestra solo las palabras que contienen este texto</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="120"/>
        <location filename="../ui/panels/corpus/FrequencyView.cpp" line="98"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/FrequencyView.cpp" line="99"/>
        <source>Saves the table as shown (filtered and sorted) as CSV</source>
        <translation>Guarda la tabla tal como se ve (filtrada y ordenada) en formato CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/FrequencyView.cpp" line="102"/>
        <source>Click a column header to sort by it</source>
        <translation>Haga clic en el encabezado de una columna para ordenar por ella</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="254"/>
        <source>Each dot is a word: its rank (1 = most frequent) and its count. The dashed line is Zipf&apos;s law, f(r) = f(1) / r. Hover over a dot to see the word.</source>
        <translation>Cada punto es una palabra: su rango (1 = la más frecuente) y su frecuencia. La línea de trazos es la ley de Zipf, f(r) = f(1) / r. Pase el puntero sobre un punto para ver la palabra.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="257"/>
        <source>Export picture…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="258"/>
        <source>Saves the chart as PNG (twice the screen resolution) or SVG</source>
        <translation>Guarda el gráfico como PNG (al doble de la resolución de la pantalla) o SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="107"/>
        <source>&amp;Word or phrase:</source>
        <translation>&amp;Palabra o frase:</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="108"/>
        <source>e.g. banco</source>
        <translation>p. ej., banco</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="109"/>
        <source>Whole words, case-insensitive: “Banco” finds “banco” but not “bancos”</source>
        <translation>Palabras completas, sin diferenciar mayúsculas: “Banco” encuentra “banco”, pero no “bancos”</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/CorpusPanel.cpp" line="332"/>
        <source>%1
%Ln document(s), from %2</source>
        <translation>
            <numerusform>%1
%Ln documento, de %2</numerusform>
            <numerusform>%1
%Ln documentos, de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/corpus/FrequencyView.cpp" line="135"/>
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="112"/>
        <source>Con&amp;text:</source>
        <translation>Con&amp;texto:</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="113"/>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="114"/>
        <source>How many characters to show on each side of the keyword</source>
        <translation>Cuántos caracteres se muestran a cada lado de la palabra clave</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="117"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="118"/>
        <source>Lists every occurrence (Enter)</source>
        <translation>Lista todas las apariciones (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="121"/>
        <source>Saves the concordance lines as CSV</source>
        <translation>Guarda las líneas de la concordancia en formato CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="123"/>
        <source>Double-click a line to show it in its document</source>
        <translation>Haga doble clic en una línea para verla en su documento</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="262"/>
        <source>Corpus, vocabulary and Zipf&apos;s law</source>
        <translation>Corpus, vocabulario y ley de Zipf</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="263"/>
        <source>&lt;p&gt;A &lt;b&gt;corpus&lt;/b&gt; is a collection of texts (&lt;i&gt;documents&lt;/i&gt;) gathered to study a language or a task. Every model of the course learns from one, so what it contains matters.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tokens&lt;/b&gt; are the running words of the text (&lt;i&gt;N&lt;/i&gt;); &lt;b&gt;types&lt;/b&gt; are the distinct words, the &lt;b&gt;vocabulary&lt;/b&gt; &lt;i&gt;V&lt;/i&gt;. The &lt;b&gt;type/token ratio&lt;/b&gt; |&lt;i&gt;V&lt;/i&gt;|&amp;nbsp;/&amp;nbsp;&lt;i&gt;N&lt;/i&gt; measures lexical variety.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zipf&apos;s law&lt;/b&gt;: the frequency of a word is roughly inversely proportional to its rank &lt;i&gt;r&lt;/i&gt; in the frequency table,&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:x-large&quot;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;r&lt;/i&gt;) &amp;prop; 1&amp;nbsp;/&amp;nbsp;&lt;i&gt;r&lt;/i&gt;&lt;/p&gt;&lt;p&gt;A few words (&lt;i&gt;de, la, que, the&lt;/i&gt;) cover much of the text, and about half of the types occur only once. On log&amp;ndash;log axes the law is a straight line of slope &amp;minus;1.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;concordance&lt;/b&gt; (keyword in context) lists every occurrence of a word with its neighbours: the quickest way to see its senses. Try &lt;i&gt;banco&lt;/i&gt; in the lecture&apos;s example.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un &lt;b&gt;corpus&lt;/b&gt; es una colección de textos (&lt;i&gt;documentos&lt;/i&gt;) reunidos para estudiar una lengua o una tarea. Todos los modelos del curso aprenden de un corpus, así que importa mucho lo que contiene.&lt;/p&gt;&lt;p&gt;Los &lt;b&gt;tokens&lt;/b&gt; son las palabras del texto contadas una por una, con repeticiones (&lt;i&gt;N&lt;/i&gt; en total); los &lt;b&gt;tipos&lt;/b&gt; son las palabras distintas, que forman el &lt;b&gt;vocabulario&lt;/b&gt; &lt;i&gt;V&lt;/i&gt;. La &lt;b&gt;razón tipo/token&lt;/b&gt; |&lt;i&gt;V&lt;/i&gt;|&amp;nbsp;/&amp;nbsp;&lt;i&gt;N&lt;/i&gt; mide la variedad léxica del texto.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ley de Zipf&lt;/b&gt;: la frecuencia de una palabra es, aproximadamente, inversamente proporcional a su rango &lt;i&gt;r&lt;/i&gt; en la tabla de frecuencias,&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:x-large&quot;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;r&lt;/i&gt;) &amp;prop; 1&amp;nbsp;/&amp;nbsp;&lt;i&gt;r&lt;/i&gt;&lt;/p&gt;&lt;p&gt;Unas pocas palabras (&lt;i&gt;de, la, que, the&lt;/i&gt;) ocupan buena parte del texto, mientras que cerca de la mitad de los tipos aparece una sola vez. En ejes log&amp;ndash;log, la ley se ve como una recta de pendiente &amp;minus;1.&lt;/p&gt;&lt;p&gt;Una &lt;b&gt;concordancia&lt;/b&gt; (palabra clave en contexto, KWIC) muestra cada aparición de una palabra junto con sus vecinas: es la forma más rápida de descubrir sus distintos sentidos. Pruebe con &lt;i&gt;banco&lt;/i&gt; en el ejemplo de la clase.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="293"/>
        <source>Files…</source>
        <translation>Archivos…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="294"/>
        <source>A folder (one document per file)…</source>
        <translation>Una carpeta (un documento por archivo)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="316"/>
        <source>%1 (install %2)</source>
        <translation>%1 (instale %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="385"/>
        <source>Counting the words of %1</source>
        <translation>Contando las palabras de %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="400"/>
        <source>Counting… %1%</source>
        <translation>Contando… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="404"/>
        <source>The statistics could not be computed: %1</source>
        <translation>No se pudieron calcular las estadísticas: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="410"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="136"/>
        <source>%1 (not valid UTF-8)</source>
        <translation>%1 (no es UTF-8 válido)</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="145"/>
        <source>Import a corpus, or load the lecture&apos;s example from the lesson box.</source>
        <translation>Importe un corpus o cargue el ejemplo de la clase desde el recuadro de la lección.</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="153"/>
        <source>Labels (%1)</source>
        <translation>Etiquetas (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/StatisticsView.cpp" line="173"/>
        <source>The documents have no labels.</source>
        <translation>Los documentos no tienen etiquetas.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="429"/>
        <source>No document selected</source>
        <translation>Ningún documento seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="434"/>
        <source>Document %1: %2</source>
        <translation>Documento %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="177"/>
        <source>Concordance of “%1”</source>
        <translation>Concordancia de “%1”</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="193"/>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="210"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="214"/>
        <source>Type a word and press Enter.</source>
        <translation>Escriba una palabra y pulse Enter.</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="222"/>
        <source>“%1” does not occur in the corpus.</source>
        <translation>“%1” no aparece en el corpus.</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="226"/>
        <source>1 occurrence of “%1”</source>
        <translation>1 aparición de “%1”</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="229"/>
        <source>%1 occurrences of “%2”</source>
        <translation>%1 apariciones de “%2”</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/ConcordanceView.cpp" line="232"/>
        <source>%1 of %2 occurrences of “%3”</source>
        <translation>%1 de %2 apariciones de “%3”</translation>
    </message>
    <message>
        <location filename="../ui/panels/corpus/FrequencyView.cpp" line="137"/>
        <source>%1 of %2 words</source>
        <translation>%1 de %2 palabras</translation>
    </message>
    <message>
        <location filename="../ui/panels/CorpusPanel.cpp" line="469"/>
        <source>Documents (%1)</source>
        <translation>Documentos (%1)</translation>
    </message>
</context>
<context>
    <name>CorrectionsTableModel</name>
    <message numerus="yes">
        <location filename="../ui/models/CorrectionsTableModel.cpp" line="49"/>
        <source>“%1” → “%2”: %Ln time(s); first in %3</source>
        <translation>
            <numerusform>“%1” → “%2”: %Ln vez; la primera, en %3</numerusform>
            <numerusform>“%1” → “%2”: %Ln veces; la primera, en %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionsTableModel.cpp" line="63"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionsTableModel.cpp" line="65"/>
        <source>Corrected</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionsTableModel.cpp" line="67"/>
        <source>Count</source>
        <translation>Veces</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionsTableModel.cpp" line="69"/>
        <source>Example document</source>
        <translation>Documento de ejemplo</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="75"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="77"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="79"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="81"/>
        <source>Beginning of the text</source>
        <translation>Comienzo del texto</translation>
    </message>
</context>
<context>
    <name>FrequencyTableModel</name>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="96"/>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="98"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="100"/>
        <source>Count</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="102"/>
        <source>Relative %</source>
        <translation>% relativo</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="104"/>
        <source>Cumulative %</source>
        <translation>% acumulado</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="109"/>
        <source>Position in the list, most frequent word first</source>
        <translation>Posición en la lista; la palabra más frecuente va primero</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="111"/>
        <source>The word, case-folded (“Banco” and “banco” count as one)</source>
        <translation>La palabra, sin diferenciar mayúsculas (“Banco” y “banco” cuentan como una sola)</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="113"/>
        <source>How many times the word occurs in the corpus</source>
        <translation>Cuántas veces aparece la palabra en el corpus</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="115"/>
        <source>Count divided by the number of tokens, in percent</source>
        <translation>La frecuencia dividida por el número de tokens, en porcentaje</translation>
    </message>
    <message>
        <location filename="../ui/models/FrequencyTableModel.cpp" line="117"/>
        <source>Share of all tokens covered by the words up to this rank</source>
        <translation>Porcentaje del total de tokens que cubren las palabras hasta este rango</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <location filename="../ui/widgets/HeatmapView.cpp" line="286"/>
        <source>No matrix to show</source>
        <translation>No hay ninguna matriz para mostrar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HeatmapView.cpp" line="446"/>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2: %3</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="52"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="61"/>
        <source>%1 is read as JSON Lines (one object per line), encoding %2. The first objects are shown below: choose which field holds the text of each document and which, if any, its label.</source>
        <translation>%1 se lee como JSON Lines (un objeto por línea), codificación %2. Abajo se muestran los primeros objetos: elija qué campo contiene el texto de cada documento y cuál, si lo hay, su etiqueta.</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="65"/>
        <source>%1 is read as a tab-separated table, encoding %2. The first rows are shown below: choose which column holds the text of each document and which, if any, its label.</source>
        <translation>%1 se lee como una tabla separada por tabuladores, codificación %2. Abajo se muestran las primeras filas: elija qué columna contiene el texto de cada documento y cuál, si la hay, su etiqueta.</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="69"/>
        <source>%1 is read as a comma-separated table, encoding %2. The first rows are shown below: choose which column holds the text of each document and which, if any, its label.</source>
        <translation>%1 se lee como una tabla separada por comas, codificación %2. Abajo se muestran las primeras filas: elija qué columna contiene el texto de cada documento y cuál, si la hay, su etiqueta.</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="73"/>
        <source>The file has no header row: columns are numbered.</source>
        <translation>El archivo no tiene fila de encabezado: las columnas se numeran.</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="102"/>
        <source>The column whose cells become the documents&apos; text</source>
        <translation>La columna cuyas celdas pasan a ser el texto de los documentos</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="104"/>
        <source>(automatic: the column with the longest texts)</source>
        <translation>(automática: la columna con los textos más largos)</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="107"/>
        <source>An optional class or topic label for each document</source>
        <translation>Una etiqueta opcional de clase o de tema para cada documento</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="108"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="121"/>
        <source>Text field:</source>
        <translation>Campo del texto:</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="121"/>
        <source>Text column:</source>
        <translation>Columna del texto:</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="122"/>
        <source>Label field:</source>
        <translation>Campo de la etiqueta:</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="122"/>
        <source>Label column:</source>
        <translation>Columna de la etiqueta:</translation>
    </message>
    <message>
        <location filename="../ui/ImportOptionsDialog.cpp" line="125"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>JobHandle</name>
    <message>
        <location filename="../ui/jobs/JobHandle.cpp" line="18"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobHandle.cpp" line="43"/>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobHandle.cpp" line="54"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../ui/jobs/JobRow.cpp" line="60"/>
        <source>Cancel this job</source>
        <translation>Cancelar esta tarea</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobRow.cpp" line="79"/>
        <source>Finished in %1</source>
        <translation>Terminada en %1</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobRow.cpp" line="82"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobRow.cpp" line="85"/>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
</context>
<context>
    <name>JobsDock</name>
    <message>
        <location filename="../ui/jobs/JobsDock.cpp" line="81"/>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsDock.cpp" line="82"/>
        <source>No jobs yet. Long tasks (loading, counting, training) appear here with their progress and a cancel button.</source>
        <translation>Todavía no hay tareas. Las tareas largas (cargar, contar, entrenar) aparecen aquí con su progreso y un botón para cancelarlas.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsDock.cpp" line="85"/>
        <source>Clear finished</source>
        <translation>Quitar las terminadas</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsDock.cpp" line="86"/>
        <source>Remove finished, failed and cancelled jobs from this list</source>
        <translation>Quita de esta lista las tareas terminadas, fallidas y canceladas</translation>
    </message>
</context>
<context>
    <name>LessonBox</name>
    <message>
        <location filename="../ui/widgets/LessonBox.cpp" line="71"/>
        <source>Load the lecture&apos;s example</source>
        <translation>Cargar el ejemplo de la clase</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LessonBox.cpp" line="72"/>
        <source>Loads the example used in the lecture for this lesson</source>
        <translation>Carga el ejemplo que se usa en la clase para esta lección</translation>
    </message>
</context>
<context>
    <name>LessonRegistry</name>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="13"/>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="15"/>
        <source>Documents, vocabulary, frequencies, Zipf&apos;s law and concordances</source>
        <translation>Documentos, vocabulario, frecuencias, ley de Zipf y concordancias</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="25"/>
        <source>Preprocessing</source>
        <translation>Preprocesamiento</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="27"/>
        <source>Cleaning, normalisation, sentences, tokens, stop words, stems, lemmas and spelling, step by step</source>
        <translation>Limpieza, normalización, oraciones, tokens, palabras vacías, raíces, lemas y ortografía, paso a paso</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="37"/>
        <source>Tokenization</source>
        <translation>Tokenización</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="39"/>
        <source>Words, characters and subwords: BPE and WordPiece trained, compared and replayed merge by merge</source>
        <translation>Palabras, caracteres y subpalabras: BPE y WordPiece entrenados, comparados y reproducidos fusión a fusión</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="45"/>
        <source>Lengua workspaces (*.lengua)</source>
        <translation>Espacios de trabajo de Lengua (*.lengua)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>Sample &amp;corpora</source>
        <translation>Corpus de &amp;muestra</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230"/>
        <source>&amp;Theme</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>&amp;New workspace</source>
        <translation>&amp;Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>Start an empty workspace</source>
        <translation>Empieza un espacio de trabajo vacío</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>&amp;Save workspace</source>
        <translation>&amp;Guardar espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>Save workspace &amp;as…</source>
        <translation>Guardar espacio de trabajo c&amp;omo…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>&amp;Import corpus…</source>
        <translation>&amp;Importar corpus…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>Load text, CSV/TSV, JSON Lines, HTML or fortune files as a corpus</source>
        <translation>Carga archivos de texto, CSV/TSV, JSON Lines, HTML o fortune como un corpus</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>Import &amp;folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <source>Load every text file of a folder, one document per file</source>
        <translation>Carga todos los archivos de texto de una carpeta, un documento por archivo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>&amp;Export current view…</source>
        <translation>E&amp;xportar la vista actual…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>Save the picture (PNG, SVG) or the table (CSV) the panel shows</source>
        <translation>Guarda la imagen (PNG, SVG) o la tabla (CSV) que muestra el panel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246"/>
        <source>Lar&amp;ger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="247"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="250"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="251"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>&amp;About Lengua</source>
        <translation>&amp;Acerca de Lengua</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="254"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="362"/>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="371"/>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="380"/>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="383"/>
        <source>Could not open the workspace</source>
        <translation>No se pudo abrir el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="384"/>
        <source>%1

The workspace you had open is unchanged.</source>
        <translation>%1

El espacio de trabajo que tenía abierto no cambió.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="393"/>
        <source>Saving %1</source>
        <translation>Guardando %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="402"/>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="408"/>
        <source>Could not save the workspace</source>
        <translation>No se pudo guardar el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="424"/>
        <source>Save workspace</source>
        <translation>Guardar espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <location filename="../ui/MainWindow.cpp" line="455"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="440"/>
        <source>The workspace has changes that are not saved. Save them first?</source>
        <translation>El espacio de trabajo tiene cambios sin guardar. ¿Quiere guardarlos antes?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="456"/>
        <source>The workspace has changes that are not saved. Save them before quitting?</source>
        <translation>El espacio de trabajo tiene cambios sin guardar. ¿Quiere guardarlos antes de salir?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="498"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="511"/>
        <source>Not installed: run “sudo apt-get install %1” and restart Lengua</source>
        <translation>No está instalado: ejecute “sudo apt-get install %1” y reinicie Lengua</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="514"/>
        <source>From the Debian package %1</source>
        <translation>Del paquete de Debian %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="565"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="569"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="569"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="595"/>
        <source>About Lengua</source>
        <translation>Acerca de Lengua</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="596"/>
        <source>&lt;h3&gt;Lengua %1&lt;/h3&gt;&lt;p&gt;A workbench for seeing how language models work: load a corpus, clean and tokenize it, train the models of a modern NLP course on it and look inside each one.&lt;/p&gt;&lt;p&gt;Built with Qt %2, ICU, SQLite, libxml2 and SWORD.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lengua %1&lt;/h3&gt;&lt;p&gt;Un taller para ver cómo funcionan los modelos de lenguaje: cargue un corpus, límpielo y divídalo en tokens, entrene con él los modelos de un curso moderno de NLP y mire por dentro cada uno.&lt;/p&gt;&lt;p&gt;Hecho con Qt %2, ICU, SQLite, libxml2 y SWORD.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="605"/>
        <source>Untitled workspace</source>
        <translation>Espacio de trabajo sin título</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="615"/>
        <source>%n corpus(es) in the workspace</source>
        <translation>
            <numerusform>%n corpus en el espacio de trabajo</numerusform>
            <numerusform>%n corpus en el espacio de trabajo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="618"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tarea en curso</numerusform>
            <numerusform>%n tareas en curso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="618"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>PreprocessingPanel</name>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="220"/>
        <source>&amp;Corpus:</source>
        <translation>&amp;Corpus:</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="221"/>
        <source>The corpus to preprocess</source>
        <translation>El corpus que se va a preprocesar</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="222"/>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="223"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="224"/>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="378"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="225"/>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="380"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="226"/>
        <source>The language of the stop words, the stemmer and the dictionary. Automatic: guessed from how many words are Spanish or English stop words.</source>
        <translation>El idioma de las palabras vacías, del stemming (raíz) y del diccionario. Automático: se deduce de la proporción de palabras vacías del español y del inglés.</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="229"/>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="230"/>
        <source>The processed version of this corpus shown in the Vocabulary and Corrections tabs (every run is kept in the workspace)</source>
        <translation>La versión procesada de este corpus que se muestra en las pestañas Vocabulario y Correcciones (cada ejecución se guarda en el espacio de trabajo)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="234"/>
        <source>&amp;Name of the result:</source>
        <translation>&amp;Nombre del resultado:</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="235"/>
        <source>The name under which the processed corpus is saved in the workspace; later lessons pick it by this name</source>
        <translation>El nombre con el que se guarda el corpus procesado en el espacio de trabajo; las lecciones siguientes lo eligen por este nombre</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="237"/>
        <source>Processing the whole corpus; the jobs dock shows the details</source>
        <translation>Procesando todo el corpus; el panel Tareas muestra los detalles</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="239"/>
        <source>Before / after</source>
        <translation>Antes / después</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="240"/>
        <source>Vocabulary</source>
        <translation>Vocabulario</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="241"/>
        <source>Corrections</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="243"/>
        <source>One document before and after the steps, changes highlighted</source>
        <translation>Un documento antes y después de los pasos, con los cambios resaltados</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="245"/>
        <source>How many types and tokens are left after each step</source>
        <translation>Cuántos tipos y tokens quedan después de cada paso</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="247"/>
        <source>Every spelling correction made in the corpus</source>
        <translation>Todas las correcciones ortográficas hechas en el corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CompareView.cpp" line="82"/>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CompareView.cpp" line="83"/>
        <source>The number of the document in the corpus</source>
        <translation>El número del documento en el corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CompareView.cpp" line="86"/>
        <source>&amp;Id:</source>
        <translation>Id&amp;entificador:</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CompareView.cpp" line="87"/>
        <source>e.g. lecture-07</source>
        <translation>p. ej., lecture-07</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CompareView.cpp" line="89"/>
        <source>Type a document&apos;s id and press Enter to show it</source>
        <translation>Escriba el identificador de un documento y pulse Enter para verlo</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/VocabularyView.cpp" line="34"/>
        <source>Blue bars: the vocabulary (distinct words) after each step, bottom axis. Orange bars: the running words, top axis. Case folding and stemming shrink the vocabulary; stop-word removal shrinks the text. Hover over a bar for its value.</source>
        <translation>Barras azules: el vocabulario (palabras distintas) después de cada paso, eje inferior. Barras naranjas: las palabras en total, eje superior. La conversión a minúsculas y el stemming (raíz) reducen el vocabulario; la eliminación de palabras vacías acorta el texto. Pase el puntero sobre una barra para ver su valor.</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/VocabularyView.cpp" line="40"/>
        <source>Export picture…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/VocabularyView.cpp" line="41"/>
        <source>Saves the chart as PNG (twice the screen resolution) or SVG</source>
        <translation>Guarda el gráfico como PNG (al doble de la resolución de la pantalla) o SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CorrectionsView.cpp" line="68"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CorrectionsView.cpp" line="69"/>
        <source>Saves the corrections as CSV</source>
        <translation>Guarda las correcciones en formato CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CorrectionsView.cpp" line="71"/>
        <source>Click a column header to sort by it; double-click a row to see the correction in its document</source>
        <translation>Haga clic en el encabezado de una columna para ordenar por ella; haga doble clic en una fila para ver la corrección en su documento</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="253"/>
        <source>Preprocessing: from raw text to tokens</source>
        <translation>Preprocesamiento: del texto en bruto a los tokens</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="254"/>
        <source>&lt;p&gt;Before a model can read a text, the text is &lt;b&gt;cleaned&lt;/b&gt; and &lt;b&gt;normalised&lt;/b&gt;, step by step. Each choice changes what the model sees.&lt;/p&gt;&lt;p&gt;&lt;b&gt;1. Cleaning&lt;/b&gt;: HTML, Markdown (&lt;tt&gt;**negritas**&lt;/tt&gt;), URLs, e-mails, emoji and decorations such as &lt;tt&gt;###&lt;/tt&gt; are not language.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2. Normalisation&lt;/b&gt;: Unicode NFC, so that &lt;i&gt;canción&lt;/i&gt; is always the same string; &lt;b&gt;case folding&lt;/b&gt; makes &lt;i&gt;Esta&lt;/i&gt; and &lt;i&gt;esta&lt;/i&gt; one word.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3. Sentences&lt;/b&gt;: a period does not always end one (&lt;i&gt;el Sr. García&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;4. Tokens&lt;/b&gt;: the words, with or without punctuation.&lt;/p&gt;&lt;p&gt;&lt;b&gt;5. Stop words&lt;/b&gt; (&lt;i&gt;de, la, que&lt;/i&gt;) are the most frequent words and carry the least meaning; removing them shortens the text a lot.&lt;/p&gt;&lt;p&gt;&lt;b&gt;6. Stemming&lt;/b&gt; cuts suffixes by rule (&lt;i&gt;corriendo&lt;/i&gt; → &lt;i&gt;corr&lt;/i&gt;); &lt;b&gt;lemmatisation&lt;/b&gt; looks up the dictionary form (&lt;i&gt;llegó&lt;/i&gt; → &lt;i&gt;llegar&lt;/i&gt;). Both shrink the vocabulary.&lt;/p&gt;&lt;p&gt;&lt;b&gt;7. Spelling&lt;/b&gt;: in Spanish, accents matter: &lt;i&gt;cancion&lt;/i&gt; → &lt;i&gt;canción&lt;/i&gt;, &lt;i&gt;corazon&lt;/i&gt; → &lt;i&gt;corazón&lt;/i&gt;. Stripping accents does the opposite: it merges &lt;i&gt;papa&lt;/i&gt; and &lt;i&gt;papá&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;The vocabulary |&lt;i&gt;V&lt;/i&gt;| after each step shows what each choice costs and gains.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Antes de que un modelo pueda leer un texto, hay que &lt;b&gt;limpiarlo&lt;/b&gt; y &lt;b&gt;normalizarlo&lt;/b&gt;, paso a paso. Cada decisión cambia lo que ve el modelo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;1. Limpieza&lt;/b&gt;: el HTML, el Markdown (&lt;tt&gt;**negritas**&lt;/tt&gt;), las URL, los correos electrónicos, los emoji y los adornos como &lt;tt&gt;###&lt;/tt&gt; no son lengua.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2. Normalización&lt;/b&gt;: Unicode NFC, para que &lt;i&gt;canción&lt;/i&gt; sea siempre la misma cadena; la &lt;b&gt;conversión a minúsculas&lt;/b&gt; hace que &lt;i&gt;Esta&lt;/i&gt; y &lt;i&gt;esta&lt;/i&gt; sean una sola palabra.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3. Oraciones&lt;/b&gt;: un punto no siempre cierra una oración (&lt;i&gt;el Sr. García&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;4. Tokens&lt;/b&gt;: las palabras, con la puntuación o sin ella.&lt;/p&gt;&lt;p&gt;&lt;b&gt;5. Las palabras vacías&lt;/b&gt; (&lt;i&gt;de, la, que&lt;/i&gt;) son las más frecuentes y las que menos significado aportan; quitarlas acorta mucho el texto.&lt;/p&gt;&lt;p&gt;&lt;b&gt;6. El stemming (raíz)&lt;/b&gt; recorta los sufijos mediante reglas (&lt;i&gt;corriendo&lt;/i&gt; → &lt;i&gt;corr&lt;/i&gt;); la &lt;b&gt;lematización&lt;/b&gt; busca la forma de diccionario (&lt;i&gt;llegó&lt;/i&gt; → &lt;i&gt;llegar&lt;/i&gt;). Los dos reducen el vocabulario.&lt;/p&gt;&lt;p&gt;&lt;b&gt;7. Ortografía&lt;/b&gt;: en español, las tildes importan: &lt;i&gt;cancion&lt;/i&gt; → &lt;i&gt;canción&lt;/i&gt;, &lt;i&gt;corazon&lt;/i&gt; → &lt;i&gt;corazón&lt;/i&gt;. Quitar las tildes hace lo contrario: junta &lt;i&gt;papa&lt;/i&gt; y &lt;i&gt;papá&lt;/i&gt; en una sola palabra.&lt;/p&gt;&lt;p&gt;El vocabulario |&lt;i&gt;V&lt;/i&gt;| después de cada paso muestra cuánto cuesta y cuánto aporta cada decisión.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="390"/>
        <source>detecting…</source>
        <translation>detectando…</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="392"/>
        <source>detected: %1</source>
        <translation>detectado: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="393"/>
        <source>Guessed from the share of Spanish and English stop words in the first megabyte of the corpus</source>
        <translation>Se deduce de la proporción de palabras vacías del español y del inglés en el primer megabyte del corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="410"/>
        <source>%1 · processed (%2)</source>
        <translation>%1 · procesado (%2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="450"/>
        <source>The %1 Hunspell dictionary (%2) is not installed in %3. Install the Debian package %4 (sudo apt install %4) to use this step.</source>
        <translation>El diccionario Hunspell (%1: %2) no está instalado en %3. Instale el paquete de Debian %4 (sudo apt install %4) para usar este paso.</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CompareView.cpp" line="117"/>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CompareView.cpp" line="166"/>
        <source>This corpus has no documents.</source>
        <translation>Este corpus no tiene documentos.</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CompareView.cpp" line="169"/>
        <source>Load a corpus in the Corpus lesson, or load the lecture&apos;s example from the lesson box.</source>
        <translation>Cargue un corpus en la lección Corpus o cargue el ejemplo de la clase desde el recuadro de la lección.</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CompareView.cpp" line="193"/>
        <source>The steps could not be run on this document: %1</source>
        <translation>No se pudieron aplicar los pasos a este documento: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="557"/>
        <source>Preprocessing %1</source>
        <translation>Preprocesando %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="570"/>
        <source>Processing… %1%</source>
        <translation>Procesando… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="571"/>
        <source>Processing… %1% (%2)</source>
        <translation>Procesando… %1 % (%2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="588"/>
        <source>Processing failed: %1</source>
        <translation>El procesamiento falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="592"/>
        <source>Cancelled: nothing was saved.</source>
        <translation>Cancelado: no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="612"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="612"/>
        <source>&amp;Process the corpus</source>
        <translation>&amp;Procesar el corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="613"/>
        <source>Stops processing; nothing is saved</source>
        <translation>Detiene el procesamiento; no se guarda nada</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="614"/>
        <source>Runs the checked steps on every document and saves the result in the workspace under the name above</source>
        <translation>Aplica los pasos marcados a cada documento y guarda el resultado en el espacio de trabajo con el nombre indicado arriba</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="620"/>
        <source>Processing…</source>
        <translation>Procesando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="631"/>
        <source>%1: %Ln document(s), %2 sentences, %3 tokens, in %4 s</source>
        <translation>
            <numerusform>%1: %Ln documento, %2 oraciones, %3 tokens, en %4 s</numerusform>
            <numerusform>%1: %Ln documentos, %2 oraciones, %3 tokens, en %4 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="640"/>
        <source>Not processed yet.</source>
        <translation>Aún no se ha procesado.</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="660"/>
        <source>Steps: %1</source>
        <translation>Pasos: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PreprocessingPanel.cpp" line="669"/>
        <source>(nothing processed yet)</source>
        <translation>(aún no se ha procesado nada)</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CorrectionsView.cpp" line="93"/>
        <source>Process the corpus with spelling correction checked to see what was corrected.</source>
        <translation>Procese el corpus con la corrección ortográfica marcada para ver qué se corrigió.</translation>
    </message>
    <message>
        <location filename="../ui/panels/preprocessing/CorrectionsView.cpp" line="98"/>
        <source>“%1” was processed without spelling correction.</source>
        <translation>“%1” se procesó sin corrección ortográfica.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/preprocessing/CorrectionsView.cpp" line="111"/>
        <source>%Ln word(s) corrected</source>
        <translation>
            <numerusform>%Ln palabra corregida</numerusform>
            <numerusform>%Ln palabras corregidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/preprocessing/CorrectionsView.cpp" line="114"/>
        <source>%Ln occurrence(s) in all</source>
        <translation>
            <numerusform>%Ln aparición en total</numerusform>
            <numerusform>%Ln apariciones en total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepChecklist</name>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="188"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="190"/>
        <source>Cleaning</source>
        <translation>Limpieza</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="192"/>
        <source>Unicode NFC</source>
        <translation>Unicode NFC</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="194"/>
        <source>Sentences</source>
        <translation>Oraciones</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="196"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="198"/>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="200"/>
        <source>Lemmas</source>
        <translation>Lemas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="202"/>
        <source>Case folding</source>
        <translation>Minúsculas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="204"/>
        <source>Stop words</source>
        <translation>Palabras vacías</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="206"/>
        <source>Accents</source>
        <translation>Tildes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="208"/>
        <source>Stems</source>
        <translation>Raíces</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="215"/>
        <source>The text as loaded, split into words</source>
        <translation>El texto tal como se cargó, dividido en palabras</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="217"/>
        <source>Removes what is not language: HTML, Markdown markers, URLs, e-mail addresses, control characters, emoji and odd symbols</source>
        <translation>Quita lo que no es lengua: HTML, marcas de Markdown, URL, direcciones de correo electrónico, caracteres de control, emoji y símbolos raros</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="220"/>
        <source>Unicode normalisation (NFC): “canción” typed with a combining accent becomes the same string as the precomposed one</source>
        <translation>Normalización Unicode (NFC): “canción” escrita con un acento combinable pasa a ser la misma cadena que la forma precompuesta</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="223"/>
        <source>Splits the text into sentences (ICU), without cutting after abbreviations such as “Sr.” or “etc.”; off: a document is one sentence</source>
        <translation>Divide el texto en oraciones (ICU), sin cortar después de abreviaturas como “Sr.” o “etc.”; desactivado: cada documento es una sola oración</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="226"/>
        <source>Splits each sentence into words (ICU word boundaries); always done</source>
        <translation>Divide cada oración en palabras (límites de palabra de ICU); se hace siempre</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="228"/>
        <source>Replaces misspelt words by Hunspell&apos;s suggestion, preferring one that only adds accents: “cancion” → “canción”</source>
        <translation>Reemplaza las palabras mal escritas por la sugerencia de Hunspell, con preferencia por la que solo añade tildes: “cancion” → “canción”</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="231"/>
        <source>Replaces each word by its dictionary form (Hunspell): “canciones” → “canción”, “llegó” → “llegar”</source>
        <translation>Reemplaza cada palabra por su forma de diccionario (Hunspell): “canciones” → “canción”, “llegó” → “llegar”</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="234"/>
        <source>Full case folding: “Árbol” → “árbol”</source>
        <translation>Conversión completa a minúsculas (case folding): “Árbol” → “árbol”</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="236"/>
        <source>Removes function words (de, la, que, the, of…) from an editable list</source>
        <translation>Quita las palabras funcionales (de, la, que, the, of…) según una lista editable</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="238"/>
        <source>Removes accents and diacritics: “canción” → “cancion”</source>
        <translation>Quita las tildes y otros diacríticos: “canción” → “cancion”</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="240"/>
        <source>Cuts each word to its stem by suffix rules (Snowball): “corriendo” → “corr”</source>
        <translation>Recorta cada palabra a su raíz mediante reglas de sufijos (Snowball): “corriendo” → “corr”</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="247"/>
        <source>Steps, in the order they run</source>
        <translation>Pasos, en el orden en que se aplican</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="251"/>
        <source>%1. Words (always)</source>
        <translation>%1. Palabras (siempre)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="257"/>
        <source>Spelling correction</source>
        <translation>Corrección ortográfica</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="259"/>
        <source>Lemmatisation</source>
        <translation>Lematización</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="261"/>
        <source>Sentence splitting</source>
        <translation>División en oraciones</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="263"/>
        <source>Stop-word removal</source>
        <translation>Eliminación de palabras vacías</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="265"/>
        <source>Accent stripping</source>
        <translation>Eliminación de tildes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="267"/>
        <source>Stemming</source>
        <translation>Stemming (raíz)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="268"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="272"/>
        <source>HTML tags and entities</source>
        <translation>Etiquetas y entidades HTML</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="272"/>
        <source>Markdown (**bold**)</source>
        <translation>Markdown (**negrita**)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="273"/>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="273"/>
        <source>E-mail addresses</source>
        <translation>Direcciones de correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="274"/>
        <source>Control characters</source>
        <translation>Caracteres de control</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="274"/>
        <source>Emoji and odd symbols</source>
        <translation>Emoji y símbolos raros</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="277"/>
        <source>&amp;lt;b&amp;gt;, &amp;lt;p&amp;gt;, comments and scripts go; &amp;amp;eacute; becomes é</source>
        <translation>Se eliminan &amp;lt;b&amp;gt;, &amp;lt;p&amp;gt;, los comentarios y los scripts; &amp;amp;eacute; pasa a ser é</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="278"/>
        <source>**bold**, _emphasis_, `code`, [text](link) and # headings lose their markers</source>
        <translation>**negrita**, _énfasis_, `código`, [texto](enlace) y los encabezados con # pierden sus marcas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="279"/>
        <source>http://…, https://… and www.… addresses</source>
        <translation>Direcciones http://…, https://… y www.…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="280"/>
        <source>name@domain.org addresses</source>
        <translation>Direcciones como nombre@dominio.org</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="281"/>
        <source>Invisible characters: control codes, zero-width spaces, soft hyphens</source>
        <translation>Caracteres invisibles: códigos de control, espacios de ancho cero, guiones opcionales</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="282"/>
        <source>Emoji, decorations such as ### or ~~, emoticons such as :)</source>
        <translation>Emoji, adornos como ### o ~~, emoticonos como :)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="290"/>
        <source>Keep punctuation as tokens</source>
        <translation>Conservar la puntuación como tokens</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="291"/>
        <source>On: “!” and “,” are tokens too; off: only words and numbers are kept</source>
        <translation>Activado: “!” y “,” también son tokens; desactivado: solo se conservan las palabras y los números</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="293"/>
        <source>Edit list…</source>
        <translation>Editar la lista…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StepChecklist.cpp" line="294"/>
        <source>Shows the stop-word list of the language and lets you change it (saved in the workspace)</source>
        <translation>Muestra la lista de palabras vacías del idioma y permite cambiarla (se guarda en el espacio de trabajo)</translation>
    </message>
</context>
<context>
    <name>StopWordsDialog</name>
    <message>
        <location filename="../ui/StopWordsDialog.cpp" line="17"/>
        <source>Stop words: %1</source>
        <translation>Palabras vacías: %1</translation>
    </message>
    <message>
        <location filename="../ui/StopWordsDialog.cpp" line="19"/>
        <source>One word per line. Lines starting with # are comments. Matching ignores case, so write the words in lowercase, with their accents.</source>
        <translation>Una palabra por línea. Las líneas que empiezan con # son comentarios. La comparación no distingue mayúsculas de minúsculas, así que escriba las palabras en minúsculas y con sus tildes.</translation>
    </message>
    <message>
        <location filename="../ui/StopWordsDialog.cpp" line="32"/>
        <source>&amp;Restore the default list</source>
        <translation>&amp;Restaurar la lista predeterminada</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StopWordsDialog.cpp" line="62"/>
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDisplay</name>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="81"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="82"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="83"/>
        <source>Shown as</source>
        <translation>Se muestra como</translation>
    </message>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="85"/>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="85"/>
        <source>%1 in the training corpus</source>
        <translation>%1 en el corpus de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="86"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TokenDisplay.cpp" line="86"/>
        <source>%1 (%Ln byte(s))</source>
        <translation>
            <numerusform>%1 (%Ln byte)</numerusform>
            <numerusform>%1 (%Ln bytes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="88"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="88"/>
        <source>unknown token</source>
        <translation>token desconocido</translation>
    </message>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="88"/>
        <source>special token</source>
        <translation>token especial</translation>
    </message>
    <message>
        <location filename="../ui/TokenDisplay.cpp" line="110"/>
        <source>&lt;p&gt;From the text: “%1”&lt;/p&gt;</source>
        <translation>&lt;p&gt;Del texto: “%1”&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TokenizationPanel</name>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="162"/>
        <source>&amp;Corpus:</source>
        <translation>&amp;Corpus:</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="163"/>
        <source>The corpus to train on, to take sample texts from and to measure the tokenizers on (a corpus or a processed corpus)</source>
        <translation>El corpus con el que se entrena, del que se toman textos de muestra y con el que se miden los tokenizadores (un corpus o un corpus procesado)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="165"/>
        <source>Random &amp;document</source>
        <translation>&amp;Documento al azar</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="166"/>
        <source>Replaces the text with a random document of the corpus</source>
        <translation>Reemplaza el texto por un documento al azar del corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="167"/>
        <source>Lecture&apos;s sentence</source>
        <translation>Oración de la clase</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="168"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="169"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="170"/>
        <source>The text every tokenizer cuts; type or paste your own</source>
        <translation>El texto que corta cada tokenizador; escriba o pegue el suyo</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="172"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="173"/>
        <source>Merge replay</source>
        <translation>Reproducción de fusiones</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="174"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="175"/>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="57"/>
        <source>Vocabulary</source>
        <translation>Vocabulario</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="176"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="177"/>
        <source>The same text cut by several tokenizers</source>
        <translation>El mismo texto cortado por varios tokenizadores</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="179"/>
        <source>How a subword tokenizer builds its tokens, merge by merge</source>
        <translation>Cómo construye sus tokens un tokenizador de subpalabras, fusión a fusión</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="180"/>
        <source>Train, import and export tokenizers</source>
        <translation>Entrenar, importar y exportar tokenizadores</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="181"/>
        <source>Every token of a tokenizer</source>
        <translation>Todos los tokens de un tokenizador</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="183"/>
        <source>Tokens per word, bytes per token and unknown tokens on held-out text</source>
        <translation>Tokens por palabra, bytes por token y tokens desconocidos en un texto reservado, no visto en el entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationCompareTab.cpp" line="38"/>
        <source>Each chip is a token, its id underneath; ␣ is a space, &lt;0xE2&gt; one byte of a character split by byte-level BPE, a red chip an unknown token. Hover over a chip for its id, frequency and bytes.</source>
        <translation>Cada ficha es un token, con su id debajo; ␣ es un espacio, &lt;0xE2&gt; es un byte de un carácter dividido por el BPE a nivel de bytes, y una ficha roja es un token desconocido. Pase el puntero sobre una ficha para ver su id, su frecuencia y sus bytes.</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="213"/>
        <source>Train a tokenizer</source>
        <translation>Entrenar un tokenizador</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="214"/>
        <source>Training corpus:</source>
        <translation>Corpus de entrenamiento:</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="215"/>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="221"/>
        <source>Byte-level BPE (GPT-2): starts from the 256 bytes and merges the most frequent pair</source>
        <translation>BPE a nivel de bytes (GPT-2): parte de los 256 bytes y fusiona el par más frecuente</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="223"/>
        <source>WordPiece (BERT): merges the pair with the highest freq(ab) / (freq(a)·freq(b)); continuations start with ##</source>
        <translation>WordPiece (BERT): fusiona el par con el valor más alto de freq(ab) / (freq(a)·freq(b)); las continuaciones empiezan con ##</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="225"/>
        <source>One token per word: the most frequent words, the rest [UNK]</source>
        <translation>Un token por palabra: las palabras más frecuentes; el resto, [UNK]</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="226"/>
        <source>One token per character</source>
        <translation>Un token por carácter</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="229"/>
        <source>&amp;Vocabulary size:</source>
        <translation>Tamaño del voca&amp;bulario:</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="230"/>
        <source>The maximum number of tokens, fixed before training (special tokens and the alphabet included)</source>
        <translation>El número máximo de tokens, fijado antes del entrenamiento (incluidos los tokens especiales y el alfabeto)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="233"/>
        <source>Minimum &amp;frequency:</source>
        <translation>&amp;Frecuencia mínima:</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="234"/>
        <source>A pair (or a word, a character) seen fewer times is never added</source>
        <translation>Un par (o una palabra, o un carácter) visto menos veces nunca se añade</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="236"/>
        <source>&amp;Special tokens:</source>
        <translation>Tokens e&amp;speciales:</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="237"/>
        <source>Separated by spaces; they come first in the vocabulary and are never split</source>
        <translation>Separados por espacios; van primero en el vocabulario y nunca se dividen</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="239"/>
        <source>Hold out the last 10% of the documents</source>
        <translation>Reservar el último 10 % de los documentos</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="240"/>
        <source>Train on the other documents, so the statistics measure the tokenizer on text it has not seen</source>
        <translation>Entrena con los demás documentos, para que las estadísticas midan el tokenizador con un texto que no ha visto</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="243"/>
        <source>Lowercase words</source>
        <translation>Palabras en minúsculas</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="244"/>
        <source>Word tokenizer: fold case before looking words up</source>
        <translation>Tokenizador de palabras: pasa a minúsculas antes de buscar las palabras</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="246"/>
        <source>&amp;Train</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="247"/>
        <source>Trains as a background job; the tokenizer is added to the workspace</source>
        <translation>Entrena como tarea en segundo plano; el tokenizador se añade al espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="249"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="250"/>
        <source>Tokenizers in the workspace</source>
        <translation>Tokenizadores del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="251"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="251"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="252"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="253"/>
        <source>&amp;Import…</source>
        <translation>Im&amp;portar…</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="254"/>
        <source>Opens a tokenizer.json, a vocab.txt (BERT) or a folder with vocab.json and merges.txt (GPT-2)</source>
        <translation>Abre un tokenizer.json, un vocab.txt (BERT) o una carpeta con vocab.json y merges.txt (GPT-2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="258"/>
        <source>A file (tokenizer.json, vocab.txt, vocab.json)…</source>
        <translation>Un archivo (tokenizer.json, vocab.txt, vocab.json)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="259"/>
        <source>A folder (vocab.json + merges.txt, or vocab.txt)…</source>
        <translation>Una carpeta (vocab.json + merges.txt, o vocab.txt)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="260"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="261"/>
        <source>Saves the selected tokenizer as tokenizer.json, vocab.txt or vocab.json + merges.txt</source>
        <translation>Guarda el tokenizador seleccionado como tokenizer.json, vocab.txt o vocab.json + merges.txt</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="263"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationVocabularyTab.cpp" line="84"/>
        <source>The tokenizer whose vocabulary is listed</source>
        <translation>El tokenizador cuyo vocabulario se muestra</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationVocabularyTab.cpp" line="85"/>
        <source>Find a token</source>
        <translation>Buscar un token</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="56"/>
        <location filename="../ui/panels/tokenization/TokenizationVocabularyTab.cpp" line="86"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationVocabularyTab.cpp" line="87"/>
        <source>Saves the table as shown (filtered and sorted) as CSV</source>
        <translation>Guarda la tabla tal como se ve (filtrada y ordenada) en formato CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="101"/>
        <source>A BPE or WordPiece tokenizer trained in this session</source>
        <translation>Un tokenizador BPE o WordPiece entrenado en esta sesión</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="102"/>
        <source>Number of merges applied: 0 is bytes or characters, the end is the whole vocabulary</source>
        <translation>Número de fusiones aplicadas: con 0 se ven bytes o caracteres; al final, todo el vocabulario</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="104"/>
        <source>Drag the slider or press Play: BPE starts from single bytes and applies its merges in the order it learnt them; the text&apos;s tokens grow from characters into subwords and whole words.</source>
        <translation>Arrastre el control deslizante o pulse Reproducir: BPE parte de bytes sueltos y aplica sus fusiones en el orden en que las aprendió; los tokens del texto crecen de caracteres a subpalabras y palabras completas.</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="54"/>
        <source>&amp;Measure</source>
        <translation>&amp;Medir</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="55"/>
        <source>Tokenizes the held-out documents with every tokenizer</source>
        <translation>Tokeniza los documentos reservados con cada tokenizador</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="57"/>
        <source>Tokenizer</source>
        <translation>Tokenizador</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="58"/>
        <source>Tokens per word</source>
        <translation>Tokens por palabra</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="59"/>
        <source>Bytes per token</source>
        <translation>Bytes por token</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="60"/>
        <source>Unknown tokens</source>
        <translation>Tokens desconocidos</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="61"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="190"/>
        <source>Tokenization: words, characters, subwords</source>
        <translation>Tokenización: palabras, caracteres, subpalabras</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="191"/>
        <source>&lt;p&gt;A model reads &lt;b&gt;tokens&lt;/b&gt;, ids from a vocabulary fixed &lt;i&gt;before&lt;/i&gt; training. &lt;b&gt;Words&lt;/b&gt; make short sequences but a huge vocabulary, and every unseen word is &lt;tt&gt;[UNK]&lt;/tt&gt;. &lt;b&gt;Characters&lt;/b&gt; never fail but make long sequences of letters that mean little. &lt;b&gt;Subwords&lt;/b&gt; sit in between: frequent words stay whole, rare ones are cut into pieces (&lt;i&gt;señor&lt;/i&gt; + &lt;i&gt;ial&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;BPE&lt;/b&gt; (byte-pair encoding) starts from characters (GPT-2: from the 256 bytes) and repeatedly merges the &lt;b&gt;most frequent&lt;/b&gt; adjacent pair, until the vocabulary reaches its maximum size:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;(&lt;i&gt;a&lt;/i&gt;, &lt;i&gt;b&lt;/i&gt;) = argmax freq(&lt;i&gt;a&lt;/i&gt;&lt;i&gt;b&lt;/i&gt;)&lt;/p&gt;&lt;p&gt;&lt;b&gt;WordPiece&lt;/b&gt; (BERT) merges the pair with the highest score&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;freq(&lt;i&gt;ab&lt;/i&gt;) / (freq(&lt;i&gt;a&lt;/i&gt;) &amp;middot; freq(&lt;i&gt;b&lt;/i&gt;))&lt;/p&gt;&lt;p&gt;which favours pairs whose parts rarely occur apart. Word pieces inside a word start with &lt;tt&gt;##&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;merge replay&lt;/b&gt; shows a text after the first &lt;i&gt;k&lt;/i&gt; merges: the tokens are built up from characters. The statistics measure how many tokens a word needs and how often a tokenizer gives up (&lt;tt&gt;[UNK]&lt;/tt&gt;) on documents it was not trained on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un modelo lee &lt;b&gt;tokens&lt;/b&gt;: identificadores de un vocabulario fijado &lt;i&gt;antes&lt;/i&gt; del entrenamiento. Las &lt;b&gt;palabras&lt;/b&gt; dan secuencias cortas, pero un vocabulario enorme, y toda palabra no vista se convierte en &lt;tt&gt;[UNK]&lt;/tt&gt;. Los &lt;b&gt;caracteres&lt;/b&gt; nunca fallan, pero producen secuencias largas de letras que por sí solas significan poco. Las &lt;b&gt;subpalabras&lt;/b&gt; quedan en medio: las palabras frecuentes se mantienen enteras y las raras se cortan en trozos (&lt;i&gt;señor&lt;/i&gt; + &lt;i&gt;ial&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;BPE&lt;/b&gt; (byte-pair encoding, codificación por pares de bytes) parte de los caracteres (GPT-2: de los 256 bytes) y fusiona una y otra vez el par adyacente &lt;b&gt;más frecuente&lt;/b&gt;, hasta que el vocabulario alcanza su tamaño máximo:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;(&lt;i&gt;a&lt;/i&gt;, &lt;i&gt;b&lt;/i&gt;) = argmax freq(&lt;i&gt;a&lt;/i&gt;&lt;i&gt;b&lt;/i&gt;)&lt;/p&gt;&lt;p&gt;&lt;b&gt;WordPiece&lt;/b&gt; (BERT) fusiona el par con el valor más alto de&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;freq(&lt;i&gt;ab&lt;/i&gt;) / (freq(&lt;i&gt;a&lt;/i&gt;) &amp;middot; freq(&lt;i&gt;b&lt;/i&gt;))&lt;/p&gt;&lt;p&gt;lo que favorece los pares cuyas partes rara vez aparecen por separado. Las piezas que continúan una palabra empiezan con &lt;tt&gt;##&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;La &lt;b&gt;reproducción de fusiones&lt;/b&gt; muestra un texto después de las primeras &lt;i&gt;k&lt;/i&gt; fusiones: los tokens se van construyendo a partir de los caracteres. Las estadísticas miden cuántos tokens necesita una palabra y con qué frecuencia un tokenizador se rinde (&lt;tt&gt;[UNK]&lt;/tt&gt;) ante documentos con los que no se entrenó.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="242"/>
        <source>%1 (processed)</source>
        <translation>%1 (procesado)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizerCatalog.cpp" line="99"/>
        <source>Bytes (UTF-8, no merges)</source>
        <translation>Bytes (UTF-8, sin fusiones)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizerCatalog.cpp" line="101"/>
        <source>Characters of the corpus</source>
        <translation>Caracteres del corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizerCatalog.cpp" line="103"/>
        <source>Words of the corpus</source>
        <translation>Palabras del corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationCompareTab.cpp" line="53"/>
        <source>The most frequent words of the corpus (trained when chosen)</source>
        <translation>Las palabras más frecuentes del corpus (se entrena al elegirlo)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationCompareTab.cpp" line="56"/>
        <source>Every character of the corpus (trained when chosen)</source>
        <translation>Todos los caracteres del corpus (se entrena al elegirlo)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationCompareTab.cpp" line="58"/>
        <source>One token per byte: where byte-level BPE starts</source>
        <translation>Un token por byte: el punto de partida del BPE a nivel de bytes</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationCompareTab.cpp" line="78"/>
        <source>Load a corpus to build this tokenizer.</source>
        <translation>Cargue un corpus para construir este tokenizador.</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationCompareTab.cpp" line="81"/>
        <source>Building it from the corpus…</source>
        <translation>Construyéndolo a partir del corpus…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/tokenization/TokenizationCompareTab.cpp" line="91"/>
        <location filename="../ui/panels/tokenization/TokenizationVocabularyTab.cpp" line="106"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationUi.cpp" line="22"/>
        <source> · %1 characters per token</source>
        <translation> · %1 caracteres por token</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationCompareTab.cpp" line="93"/>
        <source> · vocabulary %1</source>
        <translation> · vocabulario de %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationCompareTab.cpp" line="30"/>
        <source>The built-in tokenizer could not be built: %1</source>
        <translation>No se pudo construir el tokenizador integrado: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="272"/>
        <source>none: load a corpus first</source>
        <translation>ninguno: cargue primero un corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="308"/>
        <source>Load or choose a corpus to train on.</source>
        <translation>Cargue o elija un corpus para entrenar.</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="317"/>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="328"/>
        <source>Training… %1% (%2)</source>
        <translation>Entrenando… %1 % (%2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="329"/>
        <source>Training… %1%</source>
        <translation>Entrenando… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="335"/>
        <source>Added “%1”: %2</source>
        <translation>Se añadió “%1”: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="340"/>
        <source>Training cancelled; nothing was added.</source>
        <translation>Entrenamiento cancelado; no se añadió nada.</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="344"/>
        <source>Training failed: %1</source>
        <translation>El entrenamiento falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationVocabularyTab.cpp" line="107"/>
        <source>%1 of %2 tokens</source>
        <translation>%1 de %2 tokens</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="144"/>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="160"/>
        <source>Train a BPE or WordPiece tokenizer to replay its merges.</source>
        <translation>Entrene un tokenizador BPE o WordPiece para reproducir sus fusiones.</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="180"/>
        <source>No merges yet: one token per byte</source>
        <translation>Aún no hay fusiones: un token por byte</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="181"/>
        <source>No merges yet: one token per character</source>
        <translation>Aún no hay fusiones: un token por carácter</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="184"/>
        <source>Merge %1: “%2” + “%3” → “%4”</source>
        <translation>Fusión %1: “%2” + “%3” → “%4”</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="189"/>
        <source>After %1 of %2 merges: %Ln token(s)</source>
        <translation>
            <numerusform>Después de %1 de %2 fusiones: %Ln token</numerusform>
            <numerusform>Después de %1 de %2 fusiones: %Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="200"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationReplayTab.cpp" line="205"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="69"/>
        <source>Load or choose a corpus to measure on.</source>
        <translation>Cargue o elija un corpus para medir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="83"/>
        <source>Measuring %Ln tokenizer(s) on %1</source>
        <translation>
            <numerusform>Midiendo %Ln tokenizador en %1</numerusform>
            <numerusform>Midiendo %Ln tokenizadores en %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="107"/>
        <source>The statistics could not be computed: %1</source>
        <translation>No se pudieron calcular las estadísticas: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="113"/>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="141"/>
        <source>Press Measure to tokenize the held-out documents (the last 10% of the corpus) with every tokenizer.</source>
        <translation>Pulse Medir para tokenizar los documentos reservados (el último 10 % del corpus) con cada tokenizador.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/tokenization/TokenizationStatisticsTab.cpp" line="144"/>
        <source>Measured on the last 10% of the documents of %1 (%Ln document(s)), which tokenizers trained with “hold out” have not seen. Tokens per word: fewer is shorter sequences; unknown tokens: text the tokenizer could not represent.</source>
        <translation>
            <numerusform>Medido en el último 10 % de los documentos de %1 (%Ln documento), que los tokenizadores entrenados con “reservar” no han visto. Tokens por palabra: cuantos menos, más cortas son las secuencias; tokens desconocidos: texto que el tokenizador no pudo representar.</numerusform>
            <numerusform>Medido en el último 10 % de los documentos de %1 (%Ln documentos), que los tokenizadores entrenados con “reservar” no han visto. Tokens por palabra: cuantos menos, más cortas son las secuencias; tokens desconocidos: texto que el tokenizador no pudo representar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="381"/>
        <source>Importing the tokenizer %1</source>
        <translation>Importando el tokenizador %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="393"/>
        <source>%1, %2 tokens, imported from %3</source>
        <translation>%1, %2 tokens, importado de %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="402"/>
        <source>Could not import %1: %2</source>
        <translation>No se pudo importar %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="404"/>
        <source>Import tokenizer</source>
        <translation>Importar tokenizador</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="405"/>
        <source>Could not import %1:
%2</source>
        <translation>No se pudo importar %1:
%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="413"/>
        <source>Import a tokenizer folder</source>
        <translation>Importar una carpeta de tokenizador</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="414"/>
        <source>Import a tokenizer</source>
        <translation>Importar un tokenizador</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="415"/>
        <source>Tokenizer files (*.json *.txt);;All files (*)</source>
        <translation>Archivos de tokenizador (*.json *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="425"/>
        <source>There is no such tokenizer.</source>
        <translation>No existe ese tokenizador.</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="433"/>
        <source>vocab.txt holds WordPiece (BERT) vocabularies only.</source>
        <translation>vocab.txt solo contiene vocabularios WordPiece (BERT).</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="439"/>
        <source>vocab.json + merges.txt hold byte-level BPE (GPT-2) tokenizers only.</source>
        <translation>vocab.json + merges.txt solo contienen tokenizadores BPE a nivel de bytes (GPT-2).</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="448"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="463"/>
        <source>Hugging Face tokenizer.json (*.json)</source>
        <translation>tokenizer.json de Hugging Face (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="464"/>
        <source>BERT vocab.txt (*.txt)</source>
        <translation>vocab.txt de BERT (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="465"/>
        <source>GPT-2 folder: vocab.json + merges.txt (*)</source>
        <translation>Carpeta de GPT-2: vocab.json + merges.txt (*)</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="472"/>
        <source>Export the tokenizer</source>
        <translation>Exportar el tokenizador</translation>
    </message>
    <message>
        <location filename="../ui/panels/tokenization/TokenizationTrainTab.cpp" line="483"/>
        <source>Export tokenizer</source>
        <translation>Exportar tokenizador</translation>
    </message>
    <message>
        <location filename="../ui/panels/TokenizationPanel.cpp" line="468"/>
        <source>The lecture&apos;s example could not be trained: %1</source>
        <translation>No se pudo entrenar el ejemplo de la clase: %1</translation>
    </message>
</context>
<context>
    <name>TokenizerComparisonView</name>
    <message>
        <location filename="../ui/widgets/TokenizerComparisonView.cpp" line="45"/>
        <source>Add a tokenizer</source>
        <translation>Añadir un tokenizador</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TokenizerComparisonView.cpp" line="46"/>
        <source>Shows one more tokenizer on the same text (up to %1)</source>
        <translation>Muestra un tokenizador más con el mismo texto (hasta %1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TokenizerComparisonView.cpp" line="48"/>
        <source>Remove this row</source>
        <translation>Quitar esta fila</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TokenizerComparisonView.cpp" line="49"/>
        <source>The tokenizer of this row</source>
        <translation>El tokenizador de esta fila</translation>
    </message>
</context>
<context>
    <name>TokenizerTraining</name>
    <message>
        <location filename="../ui/TokenizerTraining.cpp" line="68"/>
        <source>BPE</source>
        <translation>BPE</translation>
    </message>
    <message>
        <location filename="../ui/TokenizerTraining.cpp" line="70"/>
        <source>WordPiece</source>
        <translation>WordPiece</translation>
    </message>
    <message>
        <location filename="../ui/TokenizerTraining.cpp" line="72"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location filename="../ui/TokenizerTraining.cpp" line="74"/>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <location filename="../ui/TokenizerTraining.cpp" line="95"/>
        <source>Training a %1 tokenizer on %2</source>
        <translation>Entrenando un tokenizador (%1) con %2</translation>
    </message>
    <message>
        <location filename="../ui/TokenizerTraining.cpp" line="183"/>
        <source>%1, %2 tokens, min. frequency %3, on %4</source>
        <translation>%1, %2 tokens, frecuencia mín. %3, con %4</translation>
    </message>
    <message>
        <location filename="../ui/TokenizerTraining.cpp" line="187"/>
        <source> (last %1 of %2 documents held out)</source>
        <translation> (se reservaron los últimos %1 de %2 documentos)</translation>
    </message>
</context>
<context>
    <name>ViewExporter</name>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="60"/>
        <location filename="../ui/widgets/ViewExporter.cpp" line="81"/>
        <source>There is nothing to export: the view is empty.</source>
        <translation>No hay nada que exportar: la vista está vacía.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="71"/>
        <source>%1: the picture could not be written (check the folder exists and is writable).</source>
        <translation>%1: no se pudo escribir la imagen (compruebe que la carpeta exista y que se pueda escribir en ella).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="90"/>
        <source>Exported from Lengua</source>
        <translation>Exportado desde Lengua</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="93"/>
        <source>%1: the drawing could not be written (check the folder exists and is writable).</source>
        <translation>%1: no se pudo escribir el dibujo (compruebe que la carpeta exista y que se pueda escribir en ella).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="101"/>
        <source>%1: the drawing could not be written.</source>
        <translation>%1: no se pudo escribir el dibujo.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="110"/>
        <source>There is no table to export.</source>
        <translation>No hay ninguna tabla que exportar.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="116"/>
        <source>%1: the file could not be opened for writing (%2).</source>
        <translation>%1: no se pudo abrir el archivo para escribir (%2).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="143"/>
        <source>%1: the file could not be written (%2).</source>
        <translation>%1: no se pudo escribir el archivo (%2).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="153"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="154"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="155"/>
        <location filename="../ui/widgets/ViewExporter.cpp" line="171"/>
        <source>Export picture</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="177"/>
        <location filename="../ui/widgets/ViewExporter.cpp" line="187"/>
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ViewExporter.cpp" line="179"/>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>VocabularyChart</name>
    <message>
        <location filename="../ui/widgets/VocabularyChart.cpp" line="125"/>
        <source>After “%1”: %2 types (distinct words)</source>
        <translation>Después de “%1”: %2 tipos (palabras distintas)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/VocabularyChart.cpp" line="127"/>
        <source>After “%1”: %2 tokens (running words)</source>
        <translation>Después de “%1”: %2 tokens (palabras en total)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/VocabularyChart.cpp" line="134"/>
        <source>%1% against “%2”</source>
        <translation>%1 % respecto a “%2”</translation>
    </message>
    <message>
        <location filename="../ui/widgets/VocabularyChart.cpp" line="169"/>
        <source>Vocabulary after each step (process a corpus to see it)</source>
        <translation>Vocabulario después de cada paso (procese un corpus para verlo)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/VocabularyChart.cpp" line="171"/>
        <source>Vocabulary size and tokens after each step</source>
        <translation>Tamaño del vocabulario y tokens después de cada paso</translation>
    </message>
    <message>
        <location filename="../ui/widgets/VocabularyChart.cpp" line="172"/>
        <source>Types (vocabulary size)</source>
        <translation>Tipos (tamaño del vocabulario)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/VocabularyChart.cpp" line="173"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/widgets/VocabularyChart.cpp" line="174"/>
        <source>Types (distinct words)</source>
        <translation>Tipos (palabras distintas)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/VocabularyChart.cpp" line="175"/>
        <source>Tokens (running words)</source>
        <translation>Tokens (palabras en total)</translation>
    </message>
</context>
<context>
    <name>VocabularyTableModel</name>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="53"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="76"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="78"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="80"/>
        <source>Shown as</source>
        <translation>Se muestra como</translation>
    </message>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="82"/>
        <source>Special</source>
        <translation>Especial</translation>
    </message>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="84"/>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="90"/>
        <source>The token as the tokenizer stores it (byte-level BPE writes a space as Ġ)</source>
        <translation>El token tal como lo guarda el tokenizador (el BPE a nivel de bytes escribe un espacio como Ġ)</translation>
    </message>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="92"/>
        <source>The text the token stands for: ␣ is a space, &lt;0xE2&gt; a byte that is only part of a character</source>
        <translation>El texto que representa el token: ␣ es un espacio, &lt;0xE2&gt; es un byte que solo es parte de un carácter</translation>
    </message>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="95"/>
        <source>Special tokens ([CLS], [UNK], &lt;|endoftext|&gt;) are never split or merged</source>
        <translation>Los tokens especiales ([CLS], [UNK], &lt;|endoftext|&gt;) nunca se dividen ni se fusionan</translation>
    </message>
    <message>
        <location filename="../ui/models/VocabularyTableModel.cpp" line="97"/>
        <source>How often the token occurs when the training corpus is tokenized (known for tokenizers trained in this session)</source>
        <translation>Con qué frecuencia aparece el token al tokenizar el corpus de entrenamiento (se conoce para los tokenizadores entrenados en esta sesión)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../ui/Workspace.cpp" line="29"/>
        <source>corpus</source>
        <translation>corpus</translation>
    </message>
</context>
<context>
    <name>ZipfChart</name>
    <message numerus="yes">
        <location filename="../ui/widgets/ZipfChart.cpp" line="113"/>
        <source>Rank %1: “%2”, %Ln occurrence(s)</source>
        <translation>
            <numerusform>Rango %1: “%2”, %Ln aparición</numerusform>
            <numerusform>Rango %1: “%2”, %Ln apariciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="144"/>
        <source>Zipf&apos;s law: frequency against rank</source>
        <translation>Ley de Zipf: frecuencia según el rango</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="145"/>
        <source>Zipf&apos;s law (load a corpus to see it)</source>
        <translation>Ley de Zipf (cargue un corpus para verla)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="146"/>
        <source>Words of the corpus</source>
        <translation>Palabras del corpus</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="147"/>
        <source>Zipf&apos;s law f(r) = f(1) / r (slope −1)</source>
        <translation>Ley de Zipf: f(r) = f(1) / r</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="148"/>
        <source>Rank r (log scale)</source>
        <translation>Rango r (escala logarítmica)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ZipfChart.cpp" line="149"/>
        <source>Frequency f (log scale)</source>
        <translation>Frecuencia f (escala logarítmica)</translation>
    </message>
</context>
</TS>
