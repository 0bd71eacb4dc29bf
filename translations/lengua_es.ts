<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AnalogyView</name>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="77"/>
        <source>&lt;p&gt;Word vectors keep relations as directions: &lt;b&gt;rey − hombre + mujer&lt;/b&gt; lands near &lt;b&gt;reina&lt;/b&gt; (“hombre is to rey as mujer is to …”). The answer is the word, other than the three given, closest to the result.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los vectores de palabras guardan las relaciones como direcciones: &lt;b&gt;rey − hombre + mujer&lt;/b&gt; cae cerca de &lt;b&gt;reina&lt;/b&gt; (“hombre es a rey como mujer es a …”). La respuesta es la palabra más cercana al resultado, sin contar las tres dadas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="82"/>
        <source>The word to start from (rey)</source>
        <translation>La palabra de la que se parte (rey)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="83"/>
        <source>The word whose meaning is taken away (hombre)</source>
        <translation>La palabra cuyo significado se resta (hombre)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="84"/>
        <source>The word whose meaning is added (mujer)</source>
        <translation>La palabra cuyo significado se suma (mujer)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="86"/>
        <source>3CosAdd: the cosine with b − a + c (Mikolov et al. 2013). 3CosMul: cos(d, b)·cos(d, c) / (cos(d, a) + ε), so that one large similarity cannot outweigh the others (Levy &amp; Goldberg 2014)</source>
        <translation>3CosAdd: el coseno con b − a + c (Mikolov et al. 2013). 3CosMul: cos(d, b)·cos(d, c) / (cos(d, a) + ε), para que una sola similitud grande no pese más que las otras (Levy &amp; Goldberg 2014)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="89"/>
        <source>&amp;Solve</source>
        <translation>&amp;Resolver</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="90"/>
        <source>Finds the five best answers (Enter in a box does the same)</source>
        <translation>Busca las cinco mejores respuestas (Enter en un campo hace lo mismo)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="91"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="92"/>
        <source>Saves the table as CSV</source>
        <translation>Guarda la tabla como CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="93"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="93"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="93"/>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="120"/>
        <source>No vectors yet: train some on a corpus, or import a file.</source>
        <translation>Todavía no hay vectores: entrene algunos con un corpus o importe un archivo.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="127"/>
        <source>Type three words.</source>
        <translation>Escriba tres palabras.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="149"/>
        <source>No answer: the vocabulary holds nothing but these words.</source>
        <translation>Sin respuesta: el vocabulario no tiene otras palabras que estas.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/AnalogyView.cpp" line="150"/>
        <source>%1 − %2 + %3 ≈ %4</source>
        <translation>%1 − %2 + %3 ≈ %4</translation>
    </message>
</context>
<context>
    <name>AttentionGridView</name>
    <message>
        <location filename="../ui/widgets/AttentionGridView.cpp" line="233"/>
        <source>No attention to show</source>
        <translation>No hay atención para mostrar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AttentionGridView.cpp" line="303"/>
        <source>max</source>
        <translation>máx.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AttentionGridView.cpp" line="350"/>
        <source>%1, %2: click to open it large</source>
        <translation>%1, %2: haga clic para verla en grande</translation>
    </message>
</context>
<context>
    <name>AttentionHeadsTab</name>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="100"/>
        <source>&amp;Layer:</source>
        <translation>&amp;Capa:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="101"/>
        <source>The transformer block, counted from 0 (closest to the input)</source>
        <translation>El bloque transformer, contado desde 0 (el más cercano a la entrada)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="102"/>
        <source>&amp;Head:</source>
        <translation>Ca&amp;beza:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="103"/>
        <source>One attention head of the layer, or every head averaged</source>
        <translation>Una cabeza de atención de la capa, o el promedio de todas las cabezas</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="104"/>
        <source>Lines for &amp;every head</source>
        <translation>&amp;Líneas de cada cabeza</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="105"/>
        <source>Draws the lines of every head of the layer, one colour each</source>
        <translation>Dibuja las líneas de todas las cabezas de la capa, cada una de un color</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="106"/>
        <source>Export &amp;matrix…</source>
        <translation>Exportar m&amp;atriz…</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="107"/>
        <source>Saves the heatmap as PNG or SVG</source>
        <translation>Guarda el mapa de calor como PNG o SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="108"/>
        <source>Export li&amp;nes…</source>
        <translation>Exportar lí&amp;neas…</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="109"/>
        <source>Saves the token lines as PNG or SVG</source>
        <translation>Guarda las líneas entre tokens como PNG o SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="110"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="111"/>
        <source>Saves the weights as a table: one row per query, one column per key</source>
        <translation>Guarda los pesos como una tabla: una fila por consulta, una columna por clave</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="112"/>
        <source>Each row of the matrix sums to 1. Hover a token of the lines to keep only its own, click it to pin them; hover a row of the matrix to light its query.</source>
        <translation>Cada fila de la matriz suma 1. Pase el cursor sobre un token de las líneas para dejar solo las suyas y haga clic para fijarlas; pase el cursor sobre una fila de la matriz para resaltar su consulta.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="114"/>
        <source>Query i (the token that attends)</source>
        <translation>Consulta i (el token que atiende)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="114"/>
        <source>Key j (the token attended to)</source>
        <translation>Clave j (el token atendido)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="115"/>
        <source>Wheel: zoom; drag: pan; double click: whole matrix</source>
        <translation>Rueda: zoom; arrastrar: desplazar; doble clic: toda la matriz</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="116"/>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="116"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="129"/>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="212"/>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="215"/>
        <source>Head %1</source>
        <translation>Cabeza %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="130"/>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="215"/>
        <source>All heads (average)</source>
        <translation>Todas (promedio)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="196"/>
        <source>future: masked</source>
        <translation>futuro: enmascarado</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="198"/>
        <source>layer %1, heads averaged</source>
        <translation>capa %1, promedio de las cabezas</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="199"/>
        <source>layer %1, head %2</source>
        <translation>capa %1, cabeza %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="200"/>
        <source>attention %1</source>
        <translation>atención %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionHeadsTab.cpp" line="201"/>
        <source>attention lines %1</source>
        <translation>líneas de atención %1</translation>
    </message>
</context>
<context>
    <name>AttentionMatrixModel</name>
    <message>
        <location filename="../ui/panels/attention/AttentionMatrixModel.cpp" line="41"/>
        <source>query \ key</source>
        <translation>consulta \ clave</translation>
    </message>
</context>
<context>
    <name>AttentionModelTab</name>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="45"/>
        <source>&amp;Scale each head to its maximum</source>
        <translation>&amp;Escalar cada cabeza a su máximo</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="46"/>
        <source>On: the brightest cell of every thumbnail is its own largest weight, so weak patterns show. Off: one scale from 0 to 1, so heads compare.</source>
        <translation>Activado: la celda más brillante de cada miniatura es su propio peso máximo, así se ven los patrones débiles. Desactivado: una sola escala de 0 a 1, así se pueden comparar las cabezas.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="48"/>
        <source>Export &amp;picture…</source>
        <translation>Exportar &amp;imagen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="49"/>
        <source>Saves the grid as PNG or SVG</source>
        <translation>Guarda la cuadrícula como PNG o SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="50"/>
        <source>Every head of every layer, queries as rows and keys as columns as in the Heads tab. A diagonal head looks at the token itself, a stripe under it at the previous token, a first column at the first token. Click a head to open it.</source>
        <translation>Todas las cabezas de todas las capas, con las consultas como filas y las claves como columnas, igual que en la pestaña Cabezas de GPT. Una cabeza diagonal mira al propio token; una franja debajo de la diagonal, al token anterior; una primera columna, al primer token. Haga clic en una cabeza para abrirla.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="53"/>
        <source>attention model view</source>
        <translation>vista del modelo de atención</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="63"/>
        <source>Layer %1</source>
        <translation>Capa %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="65"/>
        <source>Head %1</source>
        <translation>Cabeza %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="68"/>
        <source>Layers (input at the top)</source>
        <translation>Capas (la entrada arriba)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/AttentionModelTab.cpp" line="68"/>
        <source>Heads</source>
        <translation>Cabezas</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="177"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="178"/>
        <source>A GPT of the workspace, trained in the Transformer / GPT lesson or imported</source>
        <translation>Un GPT del espacio de trabajo, entrenado en la lección Transformer / GPT o importado</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="179"/>
        <source>&amp;Sentence from the corpus</source>
        <translation>&amp;Oración del corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="180"/>
        <source>Replaces the text with a random sentence of the corpus</source>
        <translation>Reemplaza el texto por una oración al azar del corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="181"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="182"/>
        <source>The text the model reads; type or paste your own</source>
        <translation>El texto que lee el modelo; escriba o pegue el suyo</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="184"/>
        <source>Self-attention</source>
        <translation>Autoatención</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="185"/>
        <source>The lecture&apos;s softmax(XXᵀ)X, then Q, K and V</source>
        <translation>La softmax(XXᵀ)X de la clase, y luego Q, K y V</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="186"/>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="187"/>
        <source>Sinusoidal and learned positional encodings</source>
        <translation>Codificación posicional sinusoidal y aprendida</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="188"/>
        <source>Normalisation</source>
        <translation>Normalización</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="190"/>
        <source>Layer norm against batch norm on sentences of different lengths</source>
        <translation>Normalización de capas frente a normalización del batch con oraciones de distinta longitud</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="191"/>
        <source>GPT heads</source>
        <translation>Cabezas de GPT</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="193"/>
        <source>One head of a GPT as a matrix and as lines between tokens</source>
        <translation>Una cabeza de un GPT como matriz y como líneas entre tokens</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="194"/>
        <source>GPT model view</source>
        <translation>Vista del modelo GPT</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="195"/>
        <source>Every head of every layer at once</source>
        <translation>Todas las cabezas de todas las capas a la vez</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="206"/>
        <source>Self-attention: softmax(XXᵀ)X, then Q, K, V</source>
        <translation>Autoatención: softmax(XXᵀ)X, y luego Q, K, V</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="207"/>
        <source>&lt;p&gt;Each token&apos;s new vector is a weighted sum of the vectors of its context, with weights that depend on the input: similar words weigh more.&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;y&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = Σ&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;,&amp;nbsp; α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; = softmax&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;(x&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; · x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;In a language model the sum stops at the token itself, &lt;i&gt;j&lt;/i&gt; ≤ &lt;i&gt;i&lt;/i&gt;. In matrices:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;b&gt;Y&lt;/b&gt; = softmax(&lt;b&gt;XX&lt;/b&gt;ᵀ) &lt;b&gt;X&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Queries, keys and values&lt;/b&gt;, as in a film recommender: the user&apos;s tastes (query) are compared with each film&apos;s attributes (key), and the films (values) are mixed by how well they match. Learned matrices make them: &lt;b&gt;Q&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt;, &lt;b&gt;K&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt;, &lt;b&gt;V&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt;, and&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;b&gt;Y&lt;/b&gt; = softmax(&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;) &lt;b&gt;V&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;El nuevo vector de cada token es una suma ponderada de los vectores de su contexto, con pesos que dependen de la entrada: las palabras parecidas pesan más.&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;y&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = Σ&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;,&amp;nbsp; α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; = softmax&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;(x&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; · x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;En un modelo de lenguaje la suma termina en el propio token, &lt;i&gt;j&lt;/i&gt; ≤ &lt;i&gt;i&lt;/i&gt;. En forma matricial:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;b&gt;Y&lt;/b&gt; = softmax(&lt;b&gt;XX&lt;/b&gt;ᵀ) &lt;b&gt;X&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Consultas (queries), claves (keys) y valores (values)&lt;/b&gt;, como en un recomendador de películas: los gustos del usuario (consulta) se comparan con los atributos de cada película (clave), y las películas (valores) se mezclan según cuánto coinciden. Los producen matrices aprendidas: &lt;b&gt;Q&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt;, &lt;b&gt;K&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt;, &lt;b&gt;V&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt;, y&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;b&gt;Y&lt;/b&gt; = softmax(&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;) &lt;b&gt;V&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="222"/>
        <source>Positional encoding</source>
        <translation>Codificación posicional</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="223"/>
        <source>&lt;p&gt;Attention ignores the order of the words: “Vamos a ir al río en lugar de ir a la facu” and “Vamos a ir a la facu en lugar de ir al río” would get the same weights. So each embedding gets its position added, mixed in rather than appended:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;x̃ = x + r&lt;/p&gt;&lt;p&gt;The lecture&apos;s sinusoids, for position &lt;i&gt;n&lt;/i&gt; and dimension &lt;i&gt;i&lt;/i&gt; of &lt;i&gt;D&lt;/i&gt;:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;r&lt;sub&gt;&lt;i&gt;ni&lt;/i&gt;&lt;/sub&gt; = sin(&lt;i&gt;n&lt;/i&gt; / &lt;i&gt;L&lt;/i&gt;&lt;sup&gt;&lt;i&gt;i&lt;/i&gt;/&lt;i&gt;D&lt;/i&gt;&lt;/sup&gt;) (&lt;i&gt;i&lt;/i&gt; even)&lt;br&gt;r&lt;sub&gt;&lt;i&gt;ni&lt;/i&gt;&lt;/sub&gt; = cos(&lt;i&gt;n&lt;/i&gt; / &lt;i&gt;L&lt;/i&gt;&lt;sup&gt;(&lt;i&gt;i&lt;/i&gt;−1)/&lt;i&gt;D&lt;/i&gt;&lt;/sup&gt;) (&lt;i&gt;i&lt;/i&gt; odd)&lt;/p&gt;&lt;p&gt;The first dimensions turn fast and the last ones slowly, like the hands of a clock (a Fourier basis). GPT learns its position vectors instead.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La atención ignora el orden de las palabras: “Vamos a ir al río en lugar de ir a la facu” y “Vamos a ir a la facu en lugar de ir al río” recibirían los mismos pesos. Por eso a cada embedding se le suma su posición, mezclada en lugar de agregada al final:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;x̃ = x + r&lt;/p&gt;&lt;p&gt;Las sinusoides de la clase, para la posición &lt;i&gt;n&lt;/i&gt; y la dimensión &lt;i&gt;i&lt;/i&gt; de &lt;i&gt;D&lt;/i&gt;:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;r&lt;sub&gt;&lt;i&gt;ni&lt;/i&gt;&lt;/sub&gt; = sin(&lt;i&gt;n&lt;/i&gt; / &lt;i&gt;L&lt;/i&gt;&lt;sup&gt;&lt;i&gt;i&lt;/i&gt;/&lt;i&gt;D&lt;/i&gt;&lt;/sup&gt;) (&lt;i&gt;i&lt;/i&gt; par)&lt;br&gt;r&lt;sub&gt;&lt;i&gt;ni&lt;/i&gt;&lt;/sub&gt; = cos(&lt;i&gt;n&lt;/i&gt; / &lt;i&gt;L&lt;/i&gt;&lt;sup&gt;(&lt;i&gt;i&lt;/i&gt;−1)/&lt;i&gt;D&lt;/i&gt;&lt;/sup&gt;) (&lt;i&gt;i&lt;/i&gt; impar)&lt;/p&gt;&lt;p&gt;Las primeras dimensiones giran rápido y las últimas despacio, como las agujas de un reloj (una base de Fourier). GPT, en cambio, aprende sus vectores de posición.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="235"/>
        <source>Layer normalisation</source>
        <translation>Normalización de capas</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="236"/>
        <source>&lt;p&gt;A transformer block is self-attention and an MLP, each with a residual connection and a &lt;b&gt;layer normalisation&lt;/b&gt;: every token is normalised over its own &lt;i&gt;D&lt;/i&gt; features,&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;LN(x) = γ ⊙ (x − μ) / √(σ² + ε) + β&lt;/p&gt;&lt;p&gt;with μ and σ² the mean and variance of the features of x.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Batch normalisation&lt;/b&gt; normalises each feature over the batch instead. That works for images of one size, but sentences have different lengths: the padding changes the statistics. Layer norm depends neither on the other sentences nor on the length.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un bloque transformer es autoatención y un MLP, cada uno con una conexión residual y una &lt;b&gt;normalización de capas&lt;/b&gt;: cada token se normaliza sobre sus propias &lt;i&gt;D&lt;/i&gt; características,&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;LN(x) = γ ⊙ (x − μ) / √(σ² + ε) + β&lt;/p&gt;&lt;p&gt;con μ y σ² la media y la varianza de las características de x.&lt;/p&gt;&lt;p&gt;La &lt;b&gt;normalización del batch&lt;/b&gt;, en cambio, normaliza cada característica sobre el batch. Eso funciona con imágenes de un mismo tamaño, pero las oraciones tienen longitudes distintas: el relleno (padding) cambia las estadísticas. La normalización de capas no depende ni de las otras oraciones ni de la longitud.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="246"/>
        <source>GPT: causal self-attention</source>
        <translation>GPT: autoatención causal</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="247"/>
        <source>&lt;p&gt;GPT predicts each token from the ones before it, so a token may only attend to the past: the weights of the future are &lt;b&gt;masked&lt;/b&gt; (−∞ before the softmax, so 0 after it).&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; = softmax&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;(q&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; · k&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; / √&lt;i&gt;d&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt;)&lt;br&gt;for &lt;i&gt;j&lt;/i&gt; ≤ &lt;i&gt;i&lt;/i&gt;&lt;/p&gt;&lt;p&gt;In the matrix, row &lt;i&gt;i&lt;/i&gt; is the query and column &lt;i&gt;j&lt;/i&gt; the key: only the lower triangle is filled, every row sums to 1, and the first token can only look at itself.&lt;/p&gt;&lt;p&gt;Each layer has several &lt;b&gt;heads&lt;/b&gt;, each with its own W&lt;sup&gt;q&lt;/sup&gt;, W&lt;sup&gt;k&lt;/sup&gt;, W&lt;sup&gt;v&lt;/sup&gt;: some look at the previous token, some at the first one, some at related words. The &lt;b&gt;model view&lt;/b&gt; shows every head of every layer; click one to open it.&lt;/p&gt;&lt;p&gt;The example reads a sentence of the corpus with the workspace&apos;s GPT (or trains a small one first).&lt;/p&gt;</source>
        <translation>&lt;p&gt;GPT predice cada token a partir de los anteriores, así que un token solo puede atender al pasado: los pesos del futuro se &lt;b&gt;enmascaran&lt;/b&gt; (−∞ antes de la softmax, es decir, 0 después).&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; = softmax&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;(q&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; · k&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; / √&lt;i&gt;d&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt;)&lt;br&gt;para &lt;i&gt;j&lt;/i&gt; ≤ &lt;i&gt;i&lt;/i&gt;&lt;/p&gt;&lt;p&gt;En la matriz, la fila &lt;i&gt;i&lt;/i&gt; es la consulta y la columna &lt;i&gt;j&lt;/i&gt; la clave: solo se llena el triángulo inferior, cada fila suma 1 y el primer token solo puede mirarse a sí mismo.&lt;/p&gt;&lt;p&gt;Cada capa tiene varias &lt;b&gt;cabezas&lt;/b&gt;, cada una con sus propias W&lt;sup&gt;q&lt;/sup&gt;, W&lt;sup&gt;k&lt;/sup&gt;, W&lt;sup&gt;v&lt;/sup&gt;: algunas miran al token anterior, otras al primero, otras a palabras relacionadas. La &lt;b&gt;vista del modelo&lt;/b&gt; muestra todas las cabezas de todas las capas; haga clic en una para abrirla.&lt;/p&gt;&lt;p&gt;El ejemplo lee una oración del corpus con el GPT del espacio de trabajo (o antes entrena uno pequeño).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="410"/>
        <source>Training the lecture&apos;s small GPT on the corpus… the attention appears when it is ready.</source>
        <translation>Entrenando el GPT pequeño de la clase con el corpus… la atención aparece cuando esté listo.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="413"/>
        <source>The lecture&apos;s model could not be trained: %1</source>
        <translation>No se pudo entrenar el modelo de la clase: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="415"/>
        <source>There is no GPT in the workspace: train one in the Transformer / GPT lesson, import GPT-2 there, or press the lesson&apos;s example button to train a small one here.</source>
        <translation>No hay ningún GPT en el espacio de trabajo: entrene uno en la lección Transformer / GPT, importe allí GPT-2 o pulse el botón del ejemplo de la lección para entrenar aquí uno pequeño.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="419"/>
        <source>The model could not read the text: %1</source>
        <translation>El modelo no pudo leer el texto: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="421"/>
        <source>Type a text to see where each of its tokens looks.</source>
        <translation>Escriba un texto para ver adónde mira cada uno de sus tokens.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="423"/>
        <source>Reading the text…</source>
        <translation>Leyendo el texto…</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="425"/>
        <source>%1 tokens · %2 layers × %3 heads.</source>
        <translation>%1 tokens · %2 capas × %3 cabezas.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AttentionPanel.cpp" line="431"/>
        <source>&lt;b&gt;Sliding window:&lt;/b&gt; the text has %1 tokens but the model reads at most %2, so only the last %2 are shown.</source>
        <translation>&lt;b&gt;Ventana deslizante:&lt;/b&gt; el texto tiene %1 tokens, pero el modelo lee como máximo %2, así que solo se muestran los últimos %2.</translation>
    </message>
</context>
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
    <name>CooccurrenceComputation</name>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="143"/>
        <source>Word × word (window)</source>
        <translation>Palabra × palabra</translation>
    </message>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="144"/>
        <source>Word × document</source>
        <translation>Palabra × documento</translation>
    </message>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="152"/>
        <source>Counts</source>
        <translation>Conteos</translation>
    </message>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="153"/>
        <source>PPMI</source>
        <translation>PPMI</translation>
    </message>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="154"/>
        <source>PPMI, α = 0.75</source>
        <translation>PPMI, α = 0.75</translation>
    </message>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="155"/>
        <source>TF-IDF</source>
        <translation>TF-IDF</translation>
    </message>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="163"/>
        <source>By frequency</source>
        <translation>Por frecuencia</translation>
    </message>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="164"/>
        <source>Alphabetical</source>
        <translation>Alfabético</translation>
    </message>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="165"/>
        <source>Clustered (similar rows together)</source>
        <translation>Agrupado (filas similares juntas)</translation>
    </message>
    <message>
        <location filename="../ui/CooccurrenceComputation.cpp" line="172"/>
        <source>Counting %1 in %2</source>
        <translation>Contando %1 en %2</translation>
    </message>
</context>
<context>
    <name>CooccurrenceControls</name>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="68"/>
        <source>What to count</source>
        <translation>Qué contar</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="68"/>
        <source>&amp;Corpus:</source>
        <translation>&amp;Corpus:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="69"/>
        <source>The text to count: a processed corpus as it is, or a raw corpus cleaned, split into lower-case words</source>
        <translation>El texto a contar: un corpus procesado tal cual, o un corpus sin procesar limpiado y dividido en palabras en minúsculas</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="75"/>
        <source>&amp;Matrix:</source>
        <translation>&amp;Matriz:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="76"/>
        <source>Word × word: how often two words appear near each other. Word × document: how often each word appears in each document</source>
        <translation>Palabra × palabra: cuántas veces dos palabras aparecen cerca una de la otra. Palabra × documento: cuántas veces aparece cada palabra en cada documento</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="80"/>
        <source>&amp;Window:</source>
        <translation>&amp;Ventana:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="81"/>
        <source>Words counted on each side of a word (the lecture uses 4 to 10)</source>
        <translation>Palabras que se cuentan a cada lado de una palabra (la clase usa de 4 a 10)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="82"/>
        <source> words each side</source>
        <translation> palabras por lado</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="83"/>
        <source>Weight by &amp;distance (1/d)</source>
        <translation>Ponderar por &amp;distancia (1/d)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="84"/>
        <source>A neighbour d words away adds 1/d instead of 1</source>
        <translation>Un vecino a d palabras de distancia suma 1/d en lugar de 1</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="85"/>
        <source>W&amp;eighting:</source>
        <translation>&amp;Ponderación:</translation>
    </message>
    <message>
        <source>&amp;Weighting:</source>
        <translation type="vanished">&amp;Ponderación:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="86"/>
        <source>Counts as they are; PPMI: how much more often two words meet than by chance; TF-IDF: counts flattened by a log and weighted by how rare the word is</source>
        <translation>Conteos tal cual; PPMI: cuánto más a menudo se encuentran dos palabras que por azar; TF-IDF: conteos aplanados con un logaritmo y ponderados según lo rara que es la palabra</translation>
    </message>
    <message>
        <source>Min. c&amp;ount:</source>
        <translation type="vanished">Frec. mí&amp;nima:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="91"/>
        <source>Words seen fewer times are left out</source>
        <translation>Las palabras vistas menos veces se dejan afuera</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="91"/>
        <source>M&amp;in. count:</source>
        <translation>Frec. mí&amp;nima:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="92"/>
        <source>Leave out &amp;stop words</source>
        <translation>&amp;Quitar palabras vacías</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="93"/>
        <source>Function words (de, la, the, of…) co-occur with everything; a processed corpus keeps its own choice</source>
        <translation>Las palabras funcionales (de, la, the, of…) coocurren con todo; un corpus procesado mantiene su propia elección</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="71"/>
        <source>C&amp;ount</source>
        <translation>C&amp;ontar</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceControls.cpp" line="71"/>
        <source>Counts the matrix of the corpus (Ctrl+Enter)</source>
        <translation>Cuenta la matriz del corpus (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancelar</translation>
    </message>
    <message>
        <source>%1 (processed)</source>
        <translation type="vanished">%1 (procesado)</translation>
    </message>
    <message>
        <source>(none: load a corpus)</source>
        <translation type="vanished">(ninguno: cargue un corpus)</translation>
    </message>
</context>
<context>
    <name>CooccurrenceMatrixTab</name>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="150"/>
        <source>&amp;Top words:</source>
        <translation>Palabras &amp;frecuentes:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="151"/>
        <source>The most frequent words of the vocabulary drawn as rows</source>
        <translation>Las palabras más frecuentes del vocabulario, dibujadas como filas</translation>
    </message>
    <message>
        <source>or &amp;these words:</source>
        <translation type="vanished">o &amp;estas palabras:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="152"/>
        <source>or t&amp;hese words:</source>
        <translation>o &amp;estas palabras:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="153"/>
        <source>e.g. banco, dinero, río, agua (Enter)</source>
        <translation>p. ej. banco, dinero, río, agua (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="154"/>
        <source>Your own word list, separated by commas or spaces; Enter draws it</source>
        <translation>Su propia lista de palabras, separadas por comas o espacios; Enter la dibuja</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="155"/>
        <source>&amp;Rows:</source>
        <translation>Fi&amp;las:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="156"/>
        <source>Clustering puts rows with similar vectors next to each other, so topics show up as blocks</source>
        <translation>El agrupamiento pone juntas las filas con vectores similares, así los temas aparecen como bloques</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="161"/>
        <source>&amp;Log colour scale</source>
        <translation>Escala de color lo&amp;garítmica</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="162"/>
        <source>Colours follow the logarithm of the value, so a few huge counts do not wash out the rest</source>
        <translation>Los colores siguen el logaritmo del valor, así unos pocos conteos enormes no opacan al resto</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="164"/>
        <source>Picture…</source>
        <translation>Imagen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="165"/>
        <source>Saves the heatmap as PNG or SVG</source>
        <translation>Guarda el mapa de calor como PNG o SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="166"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="167"/>
        <source>Saves the values shown as a CSV table</source>
        <translation>Guarda los valores mostrados como una tabla CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="204"/>
        <source>Drawing the %1 heatmap</source>
        <translation>Dibujando el mapa de calor de %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="226"/>
        <source>word \ document</source>
        <translation>palabra \ documento</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="227"/>
        <source>word \ context</source>
        <translation>palabra \ contexto</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="235"/>
        <source>Nothing counted yet: choose a corpus and press Count.</source>
        <translation>Todavía no se contó nada: elija un corpus y pulse Contar.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="242"/>
        <source>%1 of word × word co-occurrence, window %2%3</source>
        <translation>%1 de la coocurrencia palabra × palabra, ventana %2%3</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="245"/>
        <source>, weighted by 1/distance</source>
        <translation>, ponderada por 1/distancia</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="246"/>
        <source>%1 of the word × document matrix</source>
        <translation>%1 de la matriz palabra × documento</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="248"/>
        <source>%1 · %2 rows of %3 words · %4</source>
        <translation>%1 · %2 filas de %3 palabras · %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="252"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="252"/>
        <source>Context word</source>
        <translation>Palabra de contexto</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="252"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="259"/>
        <source>The heatmap could not be drawn: %1</source>
        <translation>No se pudo dibujar el mapa de calor: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="263"/>
        <source>“%1” is not in the vocabulary, and no word is close to it.</source>
        <translation>“%1” no está en el vocabulario y no hay ninguna palabra parecida.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="271"/>
        <source>“%1” is not in the vocabulary. Did you mean: %2?</source>
        <translation>“%1” no está en el vocabulario. ¿Quiso decir: %2?</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="276"/>
        <source>&lt;b&gt;Too large to draw cell by cell:&lt;/b&gt; %1 rows were asked for; the first %2 (the most frequent) are shown.</source>
        <translation>&lt;b&gt;Demasiado grande para dibujar celda por celda:&lt;/b&gt; se pidieron %1 filas; se muestran las primeras %2 (las más frecuentes).</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="281"/>
        <source>&lt;b&gt;Too large to draw cell by cell:&lt;/b&gt; the corpus has %1 documents; the first %2 are shown.</source>
        <translation>&lt;b&gt;Demasiado grande para dibujar celda por celda:&lt;/b&gt; el corpus tiene %1 documentos; se muestran los primeros %2.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="286"/>
        <source>Too many rows to cluster quickly: they are shown by frequency (cluster at most 600).</source>
        <translation>Demasiadas filas para agruparlas rápido: se muestran por frecuencia (se agrupan como máximo 600).</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceMatrixTab.cpp" line="305"/>
        <source>Point at a cell to read its value; wheel to zoom, drag to pan, double-click to see everything; click a row for its neighbours.</source>
        <translation>Señale una celda para leer su valor; rueda para acercar, arrastre para desplazar, doble clic para ver todo; clic en una fila para ver sus vecinos.</translation>
    </message>
</context>
<context>
    <name>CooccurrencePanel</name>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="125"/>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="127"/>
        <source>The counted matrix as a heatmap: word × word or word × document</source>
        <translation>La matriz contada como mapa de calor: palabra × palabra o palabra × documento</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="128"/>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="130"/>
        <source>Cosine between words or documents, and a word&apos;s nearest neighbours</source>
        <translation>Coseno entre palabras o documentos, y los vecinos más cercanos de una palabra</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="131"/>
        <source>Lecture&apos;s table</source>
        <translation>Tabla de la clase</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="133"/>
        <source>cherry, digital, information: dot product against cosine; bag of words</source>
        <translation>cherry, digital, information: producto punto frente a coseno; bolsa de palabras</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="134"/>
        <source>TF-IDF search</source>
        <translation>Búsqueda TF-IDF</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="136"/>
        <source>Ranking documents by TF-IDF cosine and by BM25; the formulas filled in</source>
        <translation>Documentos ordenados por coseno TF-IDF y por BM25, con las fórmulas y sus valores</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="144"/>
        <source>Co-occurrence matrices</source>
        <translation>Matrices de coocurrencia</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="145"/>
        <source>&lt;p&gt;&lt;b&gt;Word × document:&lt;/b&gt; the words in the rows, the documents in the columns, and in each cell how many times the word appears in the document. Each row is a vector that represents the word.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Word × word:&lt;/b&gt; each cell counts how often two words appear together in a context, 4 to 10 words around the word.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Idea:&lt;/i&gt; words that often appear together in a context are more closely related in meaning than words that rarely do.&lt;/p&gt;&lt;p&gt;Raw counts favour frequent words. &lt;b&gt;PPMI&lt;/b&gt; keeps what is more frequent than chance:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;PPMI(w, c) =&lt;br&gt;max(0, log&lt;sub&gt;2&lt;/sub&gt; P(w, c) / (P(w) P(c)))&lt;/p&gt;&lt;p&gt;Cluster the rows and topics appear as blocks along the diagonal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Palabra × documento:&lt;/b&gt; las palabras en las filas, los documentos en las columnas y en cada celda cuántas veces aparece la palabra en el documento. Cada fila es un vector que representa a la palabra.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Palabra × palabra:&lt;/b&gt; cada celda cuenta cuántas veces dos palabras aparecen juntas en un contexto, de 4 a 10 palabras alrededor de la palabra.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Idea:&lt;/i&gt; las palabras que aparecen juntas con frecuencia en un contexto tienen una relación semántica más cercana que las que rara vez aparecen juntas.&lt;/p&gt;&lt;p&gt;Los conteos crudos favorecen a las palabras frecuentes. &lt;b&gt;PPMI&lt;/b&gt; se queda con lo que es más frecuente que el azar:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;PPMI(w, c) =&lt;br&gt;max(0, log&lt;sub&gt;2&lt;/sub&gt; P(w, c) / (P(w) P(c)))&lt;/p&gt;&lt;p&gt;Si se agrupan las filas, los temas aparecen como bloques a lo largo de la diagonal.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="159"/>
        <source>Similarity between vectors</source>
        <translation>Similitud entre vectores</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="160"/>
        <source>&lt;p&gt;With words (or documents) as vectors, how similar are two of them? By how much the vectors overlap, the dot product:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;b&gt;v&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt; = Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; v&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; w&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt;&lt;/p&gt;&lt;p&gt;To make it independent of the magnitude, divide by the lengths of the vectors:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;cos(&lt;b&gt;v&lt;/b&gt;, &lt;b&gt;w&lt;/b&gt;) = &lt;b&gt;v&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt; / (|&lt;b&gt;v&lt;/b&gt;| |&lt;b&gt;w&lt;/b&gt;|)&lt;/p&gt;&lt;p&gt;The nearest neighbours of a word are the words whose rows point the same way: they appear in the same contexts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Con las palabras (o los documentos) como vectores, ¿cuán parecidos son dos de ellos? Según cuánto se superponen los vectores, el producto punto:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;b&gt;v&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt; = Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; v&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; w&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt;&lt;/p&gt;&lt;p&gt;Para que no dependa de la magnitud, se divide por las longitudes de los vectores:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;cos(&lt;b&gt;v&lt;/b&gt;, &lt;b&gt;w&lt;/b&gt;) = &lt;b&gt;v&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt; / (|&lt;b&gt;v&lt;/b&gt;| |&lt;b&gt;w&lt;/b&gt;|)&lt;/p&gt;&lt;p&gt;Los vecinos más cercanos de una palabra son las palabras cuyas filas apuntan en la misma dirección: aparecen en los mismos contextos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="171"/>
        <source>Dot product, cosine and bag of words</source>
        <translation>Producto punto, coseno y bolsa de palabras</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="172"/>
        <source>&lt;p&gt;The lecture&apos;s table counts how often cherry, digital and information appear near pie, data and computer.&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;cos(&lt;b&gt;v&lt;/b&gt;, &lt;b&gt;w&lt;/b&gt;) = &lt;b&gt;v&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt; / (|&lt;b&gt;v&lt;/b&gt;| |&lt;b&gt;w&lt;/b&gt;|)&lt;/p&gt;&lt;p&gt;cos(cherry, information) = 0.018 and cos(digital, information) = 0.996: information is a “digital” word.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bag of words:&lt;/b&gt; each word is a one-hot vector the size of the vocabulary, a 1 in its place and 0 elsewhere; a sentence is the sum of its words&apos; vectors. There is no sense of order: “el perro mordió al hombre” and “el hombre mordió al perro” get the same vector.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La tabla de la clase cuenta cuántas veces aparecen cherry, digital e information cerca de pie, data y computer.&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;cos(&lt;b&gt;v&lt;/b&gt;, &lt;b&gt;w&lt;/b&gt;) = &lt;b&gt;v&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt; / (|&lt;b&gt;v&lt;/b&gt;| |&lt;b&gt;w&lt;/b&gt;|)&lt;/p&gt;&lt;p&gt;cos(cherry, information) = 0.018 y cos(digital, information) = 0.996: information es una palabra “digital”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bolsa de palabras:&lt;/b&gt; cada palabra es un vector one-hot del tamaño del vocabulario, con un 1 en su lugar y 0 en el resto; una oración es la suma de los vectores de sus palabras. No hay noción de orden: “el perro mordió al hombre” y “el hombre mordió al perro” tienen el mismo vector.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="184"/>
        <source>TF-IDF</source>
        <translation>TF-IDF</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="185"/>
        <source>&lt;p&gt;A word × document matrix only counts; frequent words do not always add meaning. TF-IDF flattens large counts and gives more weight to words found in few documents:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;tf&lt;sub&gt;&lt;i&gt;t,d&lt;/i&gt;&lt;/sub&gt; = log&lt;sub&gt;10&lt;/sub&gt;(1 + count(&lt;i&gt;t&lt;/i&gt;, &lt;i&gt;d&lt;/i&gt;))&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;idf&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; = log&lt;sub&gt;10&lt;/sub&gt;(&lt;i&gt;N&lt;/i&gt; / df&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;&lt;i&gt;N&lt;/i&gt; is the number of documents and df&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; the number of documents where &lt;i&gt;t&lt;/i&gt; appears. A word found in every document gets idf = 0.&lt;/p&gt;&lt;p&gt;A query is ranked by the cosine of its TF-IDF vector with each document&apos;s; BM25, next to it, is what search engines use.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una matriz palabra × documento solo cuenta; las palabras frecuentes no siempre agregan significado. TF-IDF aplana los conteos grandes y da más peso a las palabras que están en pocos documentos:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;tf&lt;sub&gt;&lt;i&gt;t,d&lt;/i&gt;&lt;/sub&gt; = log&lt;sub&gt;10&lt;/sub&gt;(1 + count(&lt;i&gt;t&lt;/i&gt;, &lt;i&gt;d&lt;/i&gt;))&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;idf&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; = log&lt;sub&gt;10&lt;/sub&gt;(&lt;i&gt;N&lt;/i&gt; / df&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;&lt;i&gt;N&lt;/i&gt; es la cantidad de documentos y df&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; la cantidad de documentos en los que aparece &lt;i&gt;t&lt;/i&gt;. Una palabra que está en todos los documentos tiene idf = 0.&lt;/p&gt;&lt;p&gt;Una consulta se ordena por el coseno de su vector TF-IDF con el de cada documento; BM25, al lado, es lo que usan los buscadores.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="209"/>
        <source>Load or choose a corpus to count.</source>
        <translation>Cargue o elija un corpus para contar.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="218"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="235"/>
        <source>Counting failed: %1</source>
        <translation>Falló el conteo: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="242"/>
        <source>Counting was cancelled.</source>
        <translation>Se canceló el conteo.</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="252"/>
        <source>%1 words × %2 %3 · %4 non-zero cells · %5 documents, %6 words of text · %7 s</source>
        <translation>%1 palabras × %2 %3 · %4 celdas no nulas · %5 documentos, %6 palabras de texto · %7 s</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="255"/>
        <source>context words</source>
        <translation>palabras de contexto</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="255"/>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <location filename="../ui/panels/CooccurrencePanel.cpp" line="302"/>
        <source>Loading the sample corpus…</source>
        <translation>Cargando el corpus de muestra…</translation>
    </message>
</context>
<context>
    <name>CooccurrenceSimilarityTab</name>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="80"/>
        <source>cos(%1)</source>
        <translation>cos(%1)</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation type="vanished">Compa&amp;rar:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="174"/>
        <source>Com&amp;pare:</source>
        <translation>Compa&amp;rar:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="175"/>
        <source>Words (rows of the matrix)</source>
        <translation>Palabras (filas de la matriz)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="176"/>
        <source>Documents (TF-IDF vectors)</source>
        <translation>Documentos (vectores TF-IDF)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="177"/>
        <source>Words are compared by their rows of the counted matrix; documents by their columns of the TF-IDF matrix</source>
        <translation>Las palabras se comparan por sus filas de la matriz contada; los documentos, por sus columnas de la matriz TF-IDF</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="179"/>
        <source>&amp;First:</source>
        <translation>Pr&amp;imeros:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="180"/>
        <source>How many of the most frequent words (or the first documents) to compare</source>
        <translation>Cuántas de las palabras más frecuentes (o de los primeros documentos) comparar</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="181"/>
        <source>or &amp;these:</source>
        <translation>o &amp;estas:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="182"/>
        <source>e.g. banco, dinero, río, agua (Enter)</source>
        <translation>p. ej. banco, dinero, río, agua (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="183"/>
        <source>Picture…</source>
        <translation>Imagen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="184"/>
        <source>Saves the cosine heatmap as PNG or SVG</source>
        <translation>Guarda el mapa de calor de cosenos como PNG o SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="185"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="186"/>
        <source>Saves the cosines as a CSV table</source>
        <translation>Guarda los cosenos como una tabla CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="187"/>
        <source>&amp;Nearest neighbours of:</source>
        <translation>Vecinos má&amp;s cercanos de:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="188"/>
        <source>a word (Enter), or click a row</source>
        <translation>una palabra (Enter), o haga clic en una fila</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="189"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="189"/>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="235"/>
        <source>Comparing with the cosine</source>
        <translation>Comparando con el coseno</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="256"/>
        <source>cosine</source>
        <translation>coseno</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="272"/>
        <source>The cosines could not be computed: %1</source>
        <translation>No se pudieron calcular los cosenos: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="278"/>
        <source>“%1” is not in the vocabulary, and no word is close to it.</source>
        <translation>“%1” no está en el vocabulario y no hay ninguna palabra parecida.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="286"/>
        <source>“%1” is not in the vocabulary. Did you mean: %2?</source>
        <translation>“%1” no está en el vocabulario. ¿Quiso decir: %2?</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="290"/>
        <source>Nothing counted yet: choose a corpus and press Count.</source>
        <translation>Todavía no se contó nada: elija un corpus y pulse Contar.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/CooccurrenceSimilarityTab.cpp" line="292"/>
        <source>cos(v, w) = v · w / (|v| |w|): 1 for vectors pointing the same way, 0 for words that never share a context.</source>
        <translation>cos(v, w) = v · w / (|v| |w|): 1 para vectores que apuntan en la misma dirección, 0 para palabras que nunca comparten un contexto.</translation>
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
        <location filename="../ui/CorpusImporter.cpp" line="157"/>
        <location filename="../ui/CorpusImporter.cpp" line="168"/>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="134"/>
        <source>The sample corpus is missing from this build of Lengua.</source>
        <translation>Falta el corpus de muestra en esta compilación de Lengua.</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="138"/>
        <source>Loading the Lengua sample</source>
        <translation>Cargando la muestra de Lengua</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="138"/>
        <source>The Lengua sample</source>
        <translation>La muestra de Lengua</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="139"/>
        <source>Lengua sample</source>
        <translation>Muestra de Lengua</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="194"/>
        <source>%1 could not be loaded.

%2</source>
        <translation>No se pudo cargar %1.

%2</translation>
    </message>
    <message>
        <location filename="../ui/CorpusImporter.cpp" line="205"/>
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
    <name>CorpusSourceCombo</name>
    <message>
        <location filename="../ui/widgets/CorpusSourceCombo.cpp" line="58"/>
        <source>(none: load a corpus)</source>
        <translation>(cargue un corpus)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CorpusSourceCombo.cpp" line="70"/>
        <source>%1 (processed)</source>
        <translation>%1 (procesado)</translation>
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
    <name>DistributionBars</name>
    <message>
        <location filename="../ui/panels/generation/DistributionBars.cpp" line="49"/>
        <source>greedy: only the most probable</source>
        <translation>voraz: solo el más probable</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/DistributionBars.cpp" line="55"/>
        <source>top-p %1: cumulative %2 reached</source>
        <translation>top-p %1: se alcanzó el acumulado %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/DistributionBars.cpp" line="62"/>
        <source>top-k = %1</source>
        <translation>top-k = %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/DistributionBars.cpp" line="69"/>
        <source>%1 more tokens share %2 % of the model&apos;s probability; %3 tokens are kept.</source>
        <translation>Otros %1 tokens suman el %2 % de la probabilidad del modelo; quedan %3.</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/DistributionBars.cpp" line="74"/>
        <source>%1 of %2 tokens are kept.</source>
        <translation>Se conservan %1 de %2 tokens.</translation>
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
    <name>EmbeddingEvaluationView</name>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="124"/>
        <source>&lt;p&gt;How good are the vectors? &lt;b&gt;Word similarity&lt;/b&gt;: the cosine of each pair against people&apos;s ratings (WordSim-353), as Spearman&apos;s rank correlation ρ. &lt;b&gt;Analogies&lt;/b&gt;: “Athens is to Greece as Oslo is to …” (Google&apos;s questions-words file), the share answered right. Only the pairs and questions whose words all have vectors count; the coverage says how many did.&lt;/p&gt;</source>
        <translation>&lt;p&gt;¿Cuán buenos son los vectores? &lt;b&gt;Similitud entre palabras&lt;/b&gt;: el coseno de cada par frente a las valoraciones de personas (WordSim-353), como correlación de rangos ρ de Spearman. &lt;b&gt;Analogías&lt;/b&gt;: “Athens is to Greece as Oslo is to …” (Atenas es a Grecia como Oslo es a …; el archivo questions-words de Google), la proporción de respuestas correctas. Solo cuentan los pares y las preguntas cuyas palabras tienen todas vector; la cobertura dice cuántos fueron.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="130"/>
        <source>&amp;Similarity file:</source>
        <translation>A&amp;rchivo de similitud:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="131"/>
        <source>Word pairs with a human rating, one a line: word1, word2, score (WordSim-353 format)</source>
        <translation>Pares de palabras con una valoración humana, uno por línea: palabra1, palabra2, puntaje (formato WordSim-353)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="133"/>
        <source>&amp;Analogy file:</source>
        <translation>Archivo de anal&amp;ogías:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="134"/>
        <source>“: section” lines, then four words a line: a b c d (Google questions-words format)</source>
        <translation>Líneas “: sección” y luego cuatro palabras por línea: a b c d (formato questions-words de Google)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="136"/>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="137"/>
        <source>none chosen</source>
        <translation>ninguno elegido</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="138"/>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="139"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="140"/>
        <source>Analogy &amp;method:</source>
        <translation>Método de &amp;analogía:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="141"/>
        <source>3CosAdd (the offset b − a + c) or 3CosMul (Levy &amp; Goldberg 2014)</source>
        <translation>3CosAdd (el desplazamiento b − a + c) o 3CosMul (Levy &amp; Goldberg 2014)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="142"/>
        <source>Search the first:</source>
        <translation>Buscar entre las primeras:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="143"/>
        <source>Only the most frequent words count as answers (and as the vocabulary), as word2vec&apos;s and gensim&apos;s evaluations do; 0 searches every word</source>
        <translation>Solo las palabras más frecuentes cuentan como respuestas (y como vocabulario), como en las evaluaciones de word2vec y gensim; 0 busca entre todas las palabras</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="145"/>
        <source> words</source>
        <translation> palabras</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="146"/>
        <source>every word</source>
        <translation>todas las palabras</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="147"/>
        <source>Ignore &amp;case</source>
        <translation>Ignorar ma&amp;yúsculas</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="148"/>
        <source>“Athens” in the file finds “athens” in the vectors (gensim&apos;s default)</source>
        <translation>“Athens” en el archivo encuentra “athens” en los vectores (lo que gensim hace por defecto)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="150"/>
        <source>&amp;Evaluate</source>
        <translation>Eval&amp;uar</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="151"/>
        <source>Runs the chosen evaluations on the shown vectors</source>
        <translation>Hace las evaluaciones elegidas con los vectores mostrados</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="153"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="154"/>
        <source>Saves the results table as CSV</source>
        <translation>Guarda la tabla de resultados como CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="155"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="155"/>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="155"/>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="155"/>
        <source>Covered</source>
        <translation>Cubiertos</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="156"/>
        <source>Spearman&apos;s ρ for similarity; accuracy for analogies</source>
        <translation>ρ de Spearman para la similitud; exactitud para las analogías</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="185"/>
        <source>Word-similarity file</source>
        <translation>Archivo de similitud entre palabras</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="186"/>
        <source>Similarity pairs (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Pares de similitud (*.txt *.csv *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="193"/>
        <source>Analogy questions file</source>
        <translation>Archivo de preguntas de analogía</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="195"/>
        <source>Analogy questions (*.txt);;All files (*)</source>
        <translation>Preguntas de analogía (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="215"/>
        <source>No vectors to evaluate: train or import some first.</source>
        <translation>No hay vectores para evaluar: primero entrene o importe algunos.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="219"/>
        <source>Choose a similarity file, an analogy file or both.</source>
        <translation>Elija un archivo de similitud, uno de analogías o ambos.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="250"/>
        <source>Evaluating %1</source>
        <translation>Evaluando %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="252"/>
        <source>Evaluating…</source>
        <translation>Evaluando…</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="259"/>
        <source>The evaluation failed: %1</source>
        <translation>La evaluación falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="262"/>
        <source>The evaluation was cancelled.</source>
        <translation>Se canceló la evaluación.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="276"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="295"/>
        <source>Similarity (%1): Spearman ρ</source>
        <translation>Similitud (%1): ρ de Spearman</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="297"/>
        <source>similarity ρ = %1</source>
        <translation>similitud ρ = %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="305"/>
        <source>Analogies (%1): accuracy, all sections</source>
        <translation>Analogías (%1): exactitud, todas las secciones</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="306"/>
        <source>semantic sections</source>
        <translation>secciones semánticas</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="307"/>
        <source>syntactic sections (gram…)</source>
        <translation>secciones sintácticas (gram…)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="310"/>
        <source>analogy accuracy %1</source>
        <translation>exactitud en analogías %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingEvaluationView.cpp" line="314"/>
        <source>Done: %1.</source>
        <translation>Listo: %1.</translation>
    </message>
</context>
<context>
    <name>EmbeddingFiles</name>
    <message>
        <location filename="../ui/EmbeddingFiles.cpp" line="71"/>
        <source>word2vec text (*.txt *.vec)</source>
        <translation>word2vec en texto (*.txt *.vec)</translation>
    </message>
    <message>
        <location filename="../ui/EmbeddingFiles.cpp" line="73"/>
        <source>word2vec binary (*.bin)</source>
        <translation>word2vec binario (*.bin)</translation>
    </message>
    <message>
        <location filename="../ui/EmbeddingFiles.cpp" line="75"/>
        <source>TensorFlow projector vectors + metadata (*.tsv)</source>
        <translation>Vectores + metadatos del Embedding Projector de TensorFlow (*.tsv)</translation>
    </message>
    <message>
        <location filename="../ui/EmbeddingFiles.cpp" line="82"/>
        <source>Word vectors (*.txt *.vec *.bin *.w2v *.glove);;All files (*)</source>
        <translation>Vectores de palabras (*.txt *.vec *.bin *.w2v *.glove);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>EmbeddingLossChart</name>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="93"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="93"/>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="116"/>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="93"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="100"/>
        <source>within epoch</source>
        <translation>dentro de la época</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="102"/>
        <source>epoch mean</source>
        <translation>media de la época</translation>
    </message>
    <message>
        <source>Export picture (PNG, SVG)...</source>
        <translation type="vanished">Exportar imagen (PNG, SVG)...</translation>
    </message>
    <message>
        <source>Export points (CSV)...</source>
        <translation type="vanished">Exportar puntos (CSV)...</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="113"/>
        <source>Loss during training</source>
        <translation>Pérdida durante el entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="114"/>
        <source>Mean loss so far in the epoch</source>
        <translation>Pérdida media parcial</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="115"/>
        <source>Mean loss of each epoch</source>
        <translation>Pérdida media de cada época</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="117"/>
        <source>Loss per (word, context) pair</source>
        <translation>Pérdida por par (palabra, contexto)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingLossChart.cpp" line="118"/>
        <source>word2vec&apos;s loss: −log σ(c·w) for each true pair plus −log σ(−n·w) for each negative. Right-click to export the picture or the points</source>
        <translation>La pérdida de word2vec: −log σ(c·w) por cada par verdadero más −log σ(−n·w) por cada muestra negativa. Clic derecho para exportar la imagen o los puntos</translation>
    </message>
</context>
<context>
    <name>EmbeddingTraining</name>
    <message>
        <location filename="../ui/EmbeddingTraining.cpp" line="47"/>
        <source>Skip-gram</source>
        <translation>Skip-gram</translation>
    </message>
    <message>
        <location filename="../ui/EmbeddingTraining.cpp" line="48"/>
        <source>CBOW</source>
        <translation>CBOW</translation>
    </message>
    <message>
        <location filename="../ui/EmbeddingTraining.cpp" line="49"/>
        <source>PPMI–SVD</source>
        <translation>PPMI–SVD</translation>
    </message>
    <message>
        <location filename="../ui/EmbeddingTraining.cpp" line="66"/>
        <source>Training %1 vectors on %2</source>
        <translation>Entrenando vectores %1 con %2</translation>
    </message>
    <message>
        <location filename="../ui/EmbeddingTraining.cpp" line="75"/>
        <source>%1, %2 dimensions, window %3, %4 words, on %5</source>
        <translation>%1, %2 dimensiones, ventana %3, %4 palabras, con %5</translation>
    </message>
    <message>
        <location filename="../ui/EmbeddingTraining.cpp" line="78"/>
        <source>%1, %2 dimensions, window %3, %4 epochs, %5 words, on %6</source>
        <translation>%1, %2 dimensiones, ventana %3, %4 épocas, %5 palabras, con %6</translation>
    </message>
</context>
<context>
    <name>EmbeddingTrainingForm</name>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="92"/>
        <source>What to train</source>
        <translation>Qué entrenar</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="92"/>
        <source>&amp;Corpus:</source>
        <translation>&amp;Corpus:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="93"/>
        <source>The text to learn from: a processed corpus as it is, or a raw corpus split into sentences and words</source>
        <translation>El texto del que se aprende: un corpus procesado tal cual, o un corpus sin procesar dividido en oraciones y palabras</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="99"/>
        <source>&amp;Lower-case the words</source>
        <translation>Pasar las palabras a minúsc&amp;ulas</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="100"/>
        <source>“Casa” and “casa” become one word (a processed corpus keeps its own choice)</source>
        <translation>“Casa” y “casa” pasan a ser una sola palabra (un corpus procesado mantiene su propia elección)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="102"/>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="103"/>
        <source>Skip-gram: each word predicts the words around it. CBOW: the words around predict the word in the middle. PPMI–SVD: count the contexts, weight them by PPMI and compress the matrix with a truncated SVD (no training)</source>
        <translation>Skip-gram: cada palabra predice las palabras que la rodean. CBOW: las palabras de alrededor predicen la del medio. PPMI–SVD: contar los contextos, ponderarlos con PPMI y comprimir la matriz con una SVD truncada (sin entrenamiento)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="108"/>
        <source>&amp;Dimensions:</source>
        <translation>&amp;Dimensiones:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="109"/>
        <source>The length of each word vector: 50–300 for real corpora; a few dozen are enough for a small one</source>
        <translation>La longitud de cada vector de palabra: 50–300 para corpus reales; unas pocas decenas alcanzan para uno pequeño</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="111"/>
        <source>&amp;Window:</source>
        <translation>Ve&amp;ntana:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="112"/>
        <source>How many words on each side count as context. word2vec draws each position&apos;s reach from 1 to this, so near words weigh more</source>
        <translation>Cuántas palabras a cada lado cuentan como contexto. word2vec sortea el alcance de cada posición entre 1 y este valor, así que las palabras cercanas pesan más</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="114"/>
        <source> each side</source>
        <translation> por lado</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="115"/>
        <source>&amp;Negatives:</source>
        <translation>Muestras ne&amp;gativas:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="116"/>
        <source>Random words drawn for each true (word, context) pair, from the unigram distribution to the power 0.75; the model learns to tell them apart</source>
        <translation>Palabras al azar que se sortean por cada par (palabra, contexto) verdadero, según la distribución de unigramas elevada a 0.75; el modelo aprende a distinguirlas</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="118"/>
        <source>Min. coun&amp;t:</source>
        <translation>&amp;Frecuencia mínima:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="120"/>
        <source>Su&amp;bsampling:</source>
        <translation>&amp;Submuestreo:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="129"/>
        <source>T&amp;hreads:</source>
        <translation>&amp;Hilos:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="132"/>
        <source>Max. vocab&amp;ulary:</source>
        <translation>Voca&amp;bulario máx.:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="135"/>
        <source>Context smoothin&amp;g:</source>
        <translation>Suavi&amp;zado de contextos:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="141"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="95"/>
        <source>Tr&amp;ain</source>
        <translation>E&amp;ntrenar</translation>
    </message>
    <message>
        <source>M&amp;in. count:</source>
        <translation type="vanished">&amp;Frecuencia mínima:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="119"/>
        <source>Words seen fewer times are dropped before training: too rare to learn a vector</source>
        <translation>Las palabras vistas menos veces se descartan antes de entrenar: son demasiado raras para aprender un vector</translation>
    </message>
    <message>
        <source>&amp;Subsampling:</source>
        <translation type="vanished">&amp;Submuestreo:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="121"/>
        <source>Frequent words (de, la, the) are skipped at random, more often the more frequent they are, above this share of the corpus; 0 keeps every word. word2vec&apos;s default: 0.001</source>
        <translation>Las palabras frecuentes (de, la, the) se saltan al azar, tanto más a menudo cuanto más frecuentes son, por encima de esta proporción del corpus; 0 conserva todas las palabras. Valor por defecto de word2vec: 0.001</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="124"/>
        <source>&amp;Epochs:</source>
        <translation>É&amp;pocas:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="124"/>
        <source>Passes over the corpus; a small corpus needs many</source>
        <translation>Pasadas por el corpus; un corpus pequeño necesita muchas</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="125"/>
        <source>Learning &amp;rate:</source>
        <translation>&amp;Tasa de aprendizaje:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="126"/>
        <source>The step size at the start; it falls linearly to almost 0 by the end. Default: 0.025 for skip-gram, 0.05 for CBOW</source>
        <translation>El tamaño del paso al principio; baja linealmente hasta casi 0 al final. Por defecto: 0.025 para skip-gram, 0.05 para CBOW</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="128"/>
        <source>default</source>
        <translation>por defecto</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation type="vanished">&amp;Hilos:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="130"/>
        <source>Workers that update the same vectors without locks (Hogwild). With one thread and the same seed every run gives the same vectors</source>
        <translation>Hilos de trabajo que actualizan los mismos vectores sin bloqueos (Hogwild). Con un solo hilo y la misma semilla, cada ejecución da los mismos vectores</translation>
    </message>
    <message>
        <source>Max. &amp;vocabulary:</source>
        <translation type="vanished">Voca&amp;bulario máx.:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="133"/>
        <source>Only the most frequent words get a row (and a column) of the PPMI matrix</source>
        <translation>Solo las palabras más frecuentes tienen una fila (y una columna) de la matriz PPMI</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="134"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Context s&amp;moothing:</source>
        <translation type="vanished">Suavi&amp;zado de contextos:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="136"/>
        <source>Context counts are raised to this power before PPMI, which gives rare contexts less weight (0.75, as word2vec&apos;s negatives)</source>
        <translation>Los conteos de los contextos se elevan a esta potencia antes de la PPMI, lo que da menos peso a los contextos raros (0.75, como las muestras negativas de word2vec)</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="138"/>
        <source>Singular value &amp;power:</source>
        <translation>Ex&amp;ponente de Σ:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="139"/>
        <source>The vectors are U Σ^p: 1 keeps the singular values, 0 drops them, 0.5 (a common choice) is in between</source>
        <translation>Los vectores son U Σ^p (Σ: los valores singulares): 1 los conserva, 0 los descarta, 0.5 (una elección común) queda en el medio</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="vanished">Semi&amp;lla:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="141"/>
        <source>Starts the random numbers: the same seed, the same vectors</source>
        <translation>Inicia los números aleatorios: misma semilla, mismos vectores</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation type="vanished">&amp;Entrenar</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/EmbeddingTrainingForm.cpp" line="95"/>
        <source>Trains the vectors on the corpus (Ctrl+Enter)</source>
        <translation>Entrena los vectores con el corpus (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>EmbeddingsPanel</name>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="155"/>
        <source>&amp;Vectors:</source>
        <translation>&amp;Vectores:</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="156"/>
        <source>The word vectors the tabs use: trained here, computed by PPMI–SVD or imported from a file</source>
        <translation>Los vectores de palabras que usan las pestañas: entrenados aquí, calculados por PPMI–SVD o importados de un archivo</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="158"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="159"/>
        <source>Reads word vectors: word2vec text or binary, GloVe, fastText .vec (the format is detected)</source>
        <translation>Lee vectores de palabras: word2vec en texto o binario, GloVe, fastText .vec (el formato se detecta solo)</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="161"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="162"/>
        <source>Saves the shown vectors: word2vec text or binary, or the two TSV files of the TensorFlow Embedding Projector</source>
        <translation>Guarda los vectores mostrados: word2vec en texto o binario, o los dos archivos TSV del Embedding Projector de TensorFlow</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="164"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="165"/>
        <source>The loss as word2vec learns, epoch by epoch</source>
        <translation>La pérdida mientras word2vec aprende, época a época</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="166"/>
        <source>Neighbours</source>
        <translation>Vecinos</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="167"/>
        <source>The words closest to a word by cosine</source>
        <translation>Las palabras más cercanas a una palabra según el coseno</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="168"/>
        <source>Analogies</source>
        <translation>Analogías</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="169"/>
        <source>a − b + c: rey − hombre + mujer</source>
        <translation>a − b + c: rey − hombre + mujer</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="170"/>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="172"/>
        <source>Word similarity (Spearman ρ) and analogy accuracy on standard files</source>
        <translation>Similitud entre palabras (ρ de Spearman) y exactitud en analogías con archivos estándar</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="176"/>
        <source>Choose a corpus and a method on the left and press &lt;b&gt;Train&lt;/b&gt;, or press the lesson&apos;s example button: skip-gram on the sample corpus, then the neighbours of “casa”.</source>
        <translation>Elija un corpus y un método a la izquierda y pulse &lt;b&gt;Entrenar&lt;/b&gt;, o pulse el botón del ejemplo de la lección: skip-gram con el corpus de muestra y luego los vecinos de “casa”.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="180"/>
        <source>Word embeddings: skip-gram with negative sampling</source>
        <translation>Embeddings de palabras: skip-gram con muestras negativas</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="181"/>
        <source>&lt;p&gt;A word is represented by a short, dense vector (50–300 numbers) learnt from the words around it, instead of a long, sparse row of counts.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Skip-gram&lt;/b&gt; turns the text into a classification task: is &lt;i&gt;c&lt;/i&gt; a real context word of &lt;i&gt;w&lt;/i&gt;?&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(+ | &lt;i&gt;w&lt;/i&gt;, &lt;i&gt;c&lt;/i&gt;) = 1 / (1 + exp(−&lt;b&gt;c&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt;))&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Positives:&lt;/b&gt; the words in the window around &lt;i&gt;w&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Negatives:&lt;/b&gt; &lt;i&gt;k&lt;/i&gt; random words from the vocabulary (drawn by frequency to the power 0.75).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Logistic regression&lt;/b&gt; pushes &lt;b&gt;c&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt; up for positives and down for negatives:&lt;br/&gt;L = −log σ(&lt;b&gt;c&lt;/b&gt;&lt;sub&gt;pos&lt;/sub&gt; · &lt;b&gt;w&lt;/b&gt;) − Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; log σ(−&lt;b&gt;c&lt;/b&gt;&lt;sub&gt;neg &lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; · &lt;b&gt;w&lt;/b&gt;)&lt;/li&gt;&lt;li&gt;The classifier is thrown away: its &lt;b&gt;weights are the embeddings&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;CBOW&lt;/b&gt; does the opposite: the mean of the context predicts the word.&lt;/p&gt;&lt;p&gt;&lt;b&gt;PPMI–SVD&lt;/b&gt; is the count-based counterpart: the PPMI word × context matrix, compressed by a truncated SVD to the same few dimensions. Words used in similar contexts end up with similar vectors either way.&lt;/p&gt;&lt;p&gt;The example trains skip-gram on a Spanish corpus (the Reina-Valera Bible when it is installed, else the small sample) and lists the neighbours of a word. After “El señorial chalet se encontraba a la izquierda de la…” the lecture expects “casa”, “escuela”, “zapatería”: words used in the same contexts get similar vectors.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una palabra se representa con un vector corto y denso (50–300 números) aprendido de las palabras que la rodean, en lugar de una fila larga y esparsa de conteos.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Skip-gram&lt;/b&gt; convierte el texto en una tarea de clasificación: ¿es &lt;i&gt;c&lt;/i&gt; una palabra real del contexto de &lt;i&gt;w&lt;/i&gt;?&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(+ | &lt;i&gt;w&lt;/i&gt;, &lt;i&gt;c&lt;/i&gt;) = 1 / (1 + exp(−&lt;b&gt;c&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt;))&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ejemplos positivos:&lt;/b&gt; las palabras de la ventana alrededor de &lt;i&gt;w&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Muestras negativas:&lt;/b&gt; &lt;i&gt;k&lt;/i&gt; palabras al azar del vocabulario (sorteadas según la frecuencia elevada a 0.75).&lt;/li&gt;&lt;li&gt;La &lt;b&gt;regresión logística&lt;/b&gt; sube &lt;b&gt;c&lt;/b&gt; · &lt;b&gt;w&lt;/b&gt; para los positivos y lo baja para las negativas:&lt;br/&gt;L = −log σ(&lt;b&gt;c&lt;/b&gt;&lt;sub&gt;pos&lt;/sub&gt; · &lt;b&gt;w&lt;/b&gt;) − Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; log σ(−&lt;b&gt;c&lt;/b&gt;&lt;sub&gt;neg &lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; · &lt;b&gt;w&lt;/b&gt;)&lt;/li&gt;&lt;li&gt;El clasificador se descarta: sus &lt;b&gt;pesos son los embeddings&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;CBOW&lt;/b&gt; hace lo contrario: la media del contexto predice la palabra.&lt;/p&gt;&lt;p&gt;&lt;b&gt;PPMI–SVD&lt;/b&gt; es la contraparte basada en conteos: la matriz PPMI palabra × contexto, comprimida con una SVD truncada a las mismas pocas dimensiones. De una u otra forma, las palabras usadas en contextos similares terminan con vectores similares.&lt;/p&gt;&lt;p&gt;El ejemplo entrena skip-gram con un corpus en español (la Biblia Reina-Valera si está instalada; si no, la muestra pequeña) y lista los vecinos de una palabra. Después de “El señorial chalet se encontraba a la izquierda de la…” la clase espera “casa”, “escuela”, “zapatería”: las palabras usadas en los mismos contextos reciben vectores similares.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="238"/>
        <source>No vectors yet: train some, or import a file.</source>
        <translation>Todavía no hay vectores: entrene algunos o importe un archivo.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="245"/>
        <source>%1 words × %2 dimensions</source>
        <translation>%1 palabras × %2 dimensiones</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="281"/>
        <source>Load a corpus first (File ▸ Import, or the sample corpora).</source>
        <translation>Primero cargue un corpus (Archivo ▸ Importar, o los corpus de muestra).</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="296"/>
        <source>%1 on %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="301"/>
        <source>Reading the corpus…</source>
        <translation>Leyendo el corpus…</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="301"/>
        <source>Counting and factorising…</source>
        <translation>Contando y factorizando…</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="333"/>
        <source>Trained in %1 s on %2 sentences (%3 words): %4 words have vectors.</source>
        <translation>Entrenado en %1 s con %2 oraciones (%3 palabras): %4 palabras tienen vector.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="339"/>
        <source>%1 words/s.</source>
        <translation>%1 palabras/s.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="341"/>
        <source>Loss: %1 after the first epoch, %2 after the last.</source>
        <translation>Pérdida: %1 después de la primera época, %2 después de la última.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="348"/>
        <source>The loss is measured while the vectors change and often rises a little in the last epochs; judge the vectors by their neighbours and the evaluation.</source>
        <translation>La pérdida se mide mientras los vectores cambian y suele subir un poco en las últimas épocas; juzgue los vectores por sus vecinos y por la evaluación.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="349"/>
        <source>Trained in %1 s: %2 words have vectors.</source>
        <translation>Entrenado en %1 s: %2 palabras tienen vector.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="363"/>
        <source>Training cancelled: nothing was added.</source>
        <translation>Entrenamiento cancelado: no se agregó nada.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="367"/>
        <source>Training failed: %1</source>
        <translation>El entrenamiento falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="376"/>
        <source>Epoch %1 of %2 · %3 words/s · loss %4</source>
        <translation>Época %1 de %2 · %3 palabras/s · pérdida %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="398"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="399"/>
        <source>Importing vectors from %1</source>
        <translation>Importando vectores de %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="406"/>
        <source>imported from %1</source>
        <translation>importados de %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="412"/>
        <source>The file could not be read, nothing was changed: %1</source>
        <translation>No se pudo leer el archivo; no se cambió nada: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="415"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importación cancelada: no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="427"/>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="428"/>
        <source>Exporting vectors to %1</source>
        <translation>Exportando vectores a %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="434"/>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="437"/>
        <source>The vectors could not be saved: %1</source>
        <translation>No se pudieron guardar los vectores: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="444"/>
        <source>Import word vectors</source>
        <translation>Importar vectores de palabras</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="463"/>
        <source>Export word vectors</source>
        <translation>Exportar vectores de palabras</translation>
    </message>
    <message>
        <location filename="../ui/panels/EmbeddingsPanel.cpp" line="541"/>
        <source>Loading the sample corpus…</source>
        <translation>Cargando el corpus de muestra…</translation>
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
    <name>GeneratedTextView</name>
    <message>
        <location filename="../ui/panels/generation/GeneratedTextView.cpp" line="89"/>
        <source>Prompt, then: %1 %2 %3</source>
        <translation>Prompt y luego: %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/GeneratedTextView.cpp" line="90"/>
        <source>chosen by you</source>
        <translation>elegido por usted</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/GeneratedTextView.cpp" line="91"/>
        <source>sampled by Step</source>
        <translation>muestreado con Paso</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/GeneratedTextView.cpp" line="92"/>
        <source>generated</source>
        <translation>generado</translation>
    </message>
</context>
<context>
    <name>GenerationPanel</name>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="104"/>
        <source>Training the lecture&apos;s model failed: %1</source>
        <translation>Falló el entrenamiento del modelo de la clase: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="283"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="284"/>
        <source>A trained or imported language model of the workspace</source>
        <translation>Un modelo de lenguaje del espacio de trabajo, entrenado o importado</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="286"/>
        <source>&amp;Prompt:</source>
        <translation>Pr&amp;ompt:</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="287"/>
        <source>The text the model continues; the bars show what it predicts next</source>
        <translation>El texto que continúa el modelo; las barras muestran lo que predice a continuación</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="288"/>
        <source>&amp;Step</source>
        <translation>Pa&amp;so</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="289"/>
        <source>Samples one token with the current settings (Ctrl+Right); or click a bar to choose the token yourself</source>
        <translation>Muestrea un token con la configuración actual (Ctrl+Derecha); o haga clic en una barra para elegir usted el token</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="291"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="292"/>
        <source>Removes the last token (Ctrl+Left)</source>
        <translation>Quita el último token (Ctrl+Izquierda)</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="293"/>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="294"/>
        <source>Back to the prompt alone, with the sampler reseeded</source>
        <translation>Vuelve al prompt solo, con una nueva semilla para el muestreador</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="295"/>
        <source>Compare strategies</source>
        <translation>Comparar estrategias</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="296"/>
        <source>Continues the prompt with greedy, random, top-k and top-p decoding, side by side</source>
        <translation>Continúa el prompt con decodificación voraz, aleatoria, top-k y top-p, una al lado de la otra</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="298"/>
        <source>Next-token distribution</source>
        <translation>Distribución del próximo token</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="299"/>
        <source>Strategies compared</source>
        <translation>Estrategias comparadas</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="300"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="301"/>
        <source>The probabilities of the next token, before and after temperature and truncation; click a bar to choose it</source>
        <translation>Las probabilidades del próximo token, antes y después de la temperatura y el truncamiento; haga clic en una barra para elegirlo</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="303"/>
        <source>The same prompt continued under each strategy</source>
        <translation>El mismo prompt continuado con cada estrategia</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="304"/>
        <source>Every token after the prompt, with its probability when it was chosen</source>
        <translation>Cada token después del prompt, con su probabilidad cuando se eligió</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="307"/>
        <source>Model (T = 1)</source>
        <translation>Modelo (T = 1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="307"/>
        <source>After temperature and truncation</source>
        <translation>Tras temperatura y truncamiento</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="308"/>
        <location filename="../ui/panels/GenerationPanel.cpp" line="571"/>
        <source>No distribution yet: choose a model and type a prompt.</source>
        <translation>Todavía no hay distribución: elija un modelo y escriba un prompt.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="313"/>
        <source>Generating text: choosing the next token</source>
        <translation>Generación de texto: cómo elegir el próximo token</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="314"/>
        <source>&lt;p&gt;A language model gives, for every token of the vocabulary, the probability that it comes next:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;+1&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;) = softmax(&lt;i&gt;z&lt;/i&gt; / &lt;i&gt;T&lt;/i&gt;)&lt;/p&gt;&lt;p&gt;How do we pick one? &lt;b&gt;Greedy&lt;/b&gt; takes the most probable every time: safe, but repetitive. &lt;b&gt;Random sampling&lt;/b&gt; draws from the whole distribution, and then unlikely words appear. &lt;b&gt;Top-k&lt;/b&gt; keeps the &lt;i&gt;k&lt;/i&gt; most probable tokens and samples among them. &lt;b&gt;Top-p&lt;/b&gt; keeps the most probable tokens until their cumulative probability reaches &lt;i&gt;p&lt;/i&gt; (e.g. 0.95). The kept probabilities are &lt;b&gt;re-normalised&lt;/b&gt; at every step.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;temperature&lt;/b&gt; &lt;i&gt;T&lt;/i&gt; controls the randomness: 0.2–0.5 for deterministic tasks (summaries, answers, extraction), 1 by default, 1.2–2 for poetry, stories and brainstorming. &lt;i&gt;T&lt;/i&gt; = 0 is greedy.&lt;/p&gt;&lt;p&gt;Click a bar to choose the next token yourself; &lt;b&gt;Step&lt;/b&gt; lets the sampler choose. The lecture&apos;s example continues the same prompt under each strategy.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un modelo de lenguaje da, para cada token del vocabulario, la probabilidad de que sea el siguiente:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;+1&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;) = softmax(&lt;i&gt;z&lt;/i&gt; / &lt;i&gt;T&lt;/i&gt;)&lt;/p&gt;&lt;p&gt;¿Cómo elegimos uno? La &lt;b&gt;decodificación voraz&lt;/b&gt; (greedy) toma siempre el más probable: es segura, pero repetitiva. El &lt;b&gt;muestreo aleatorio&lt;/b&gt; sortea sobre toda la distribución, y entonces aparecen palabras poco probables. &lt;b&gt;Top-k&lt;/b&gt; conserva los &lt;i&gt;k&lt;/i&gt; tokens más probables y muestrea entre ellos. &lt;b&gt;Top-p&lt;/b&gt; conserva los tokens más probables hasta que su probabilidad acumulada alcanza &lt;i&gt;p&lt;/i&gt; (p. ej., 0.95). Las probabilidades conservadas se &lt;b&gt;renormalizan&lt;/b&gt; en cada paso.&lt;/p&gt;&lt;p&gt;La &lt;b&gt;temperatura&lt;/b&gt; &lt;i&gt;T&lt;/i&gt; controla la aleatoriedad: 0.2–0.5 para tareas deterministas (resúmenes, respuestas, extracción), 1 por defecto, 1.2–2 para poesía, historias y lluvia de ideas. &lt;i&gt;T&lt;/i&gt; = 0 es la decodificación voraz.&lt;/p&gt;&lt;p&gt;Haga clic en una barra para elegir usted el próximo token; &lt;b&gt;Paso&lt;/b&gt; deja que elija el muestreador. El ejemplo de la clase continúa el mismo prompt con cada estrategia.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="391"/>
        <source>%1 tokens in the vocabulary</source>
        <translation>%1 tokens en el vocabulario</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/GenerationPanel.cpp" line="393"/>
        <source>Reads the last %n word(s); an empty prompt starts a sentence at &lt;s&gt;, and &lt;/s&gt; ends it.</source>
        <translation>
            <numerusform>Lee solo %n palabra, la última; un prompt vacío empieza una oración en &lt;s&gt;, y &lt;/s&gt; la termina.</numerusform>
            <numerusform>Lee las últimas %n palabras; un prompt vacío empieza una oración en &lt;s&gt;, y &lt;/s&gt; la termina.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="397"/>
        <source>Context: %1 tokens</source>
        <translation>Contexto: %1 tokens</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="496"/>
        <source>Next-token probabilities</source>
        <translation>Probabilidades del próximo token</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="551"/>
        <location filename="../ui/panels/GenerationPanel.cpp" line="566"/>
        <source>Computing the next-token probabilities…</source>
        <translation>Calculando las probabilidades del próximo token…</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="561"/>
        <source>The model could not predict: %1</source>
        <translation>El modelo no pudo predecir: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="563"/>
        <source>The sentence ended: the model drew &lt;/s&gt;. Undo it, or Restart for another sentence.</source>
        <translation>La oración terminó: el modelo sacó &lt;/s&gt;. Deshágalo, o pulse Reiniciar para otra oración.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="568"/>
        <source>Type a prompt: this model needs at least one token to predict from.</source>
        <translation>Escriba un prompt: este modelo necesita al menos un token para predecir.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="632"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/GenerationPanel.cpp" line="632"/>
        <source>&amp;Generate %n token(s)</source>
        <translation>
            <numerusform>&amp;Generar %n token</numerusform>
            <numerusform>&amp;Generar %n tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="634"/>
        <source>Stops the generation; the tokens so far stay</source>
        <translation>Detiene la generación; los tokens generados hasta ahora se conservan</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="635"/>
        <source>Generates tokens as a job with the current settings and seed (Ctrl+Enter)</source>
        <translation>Genera tokens como tarea con la configuración y la semilla actuales (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/GenerationPanel.cpp" line="700"/>
        <source>Generating %n token(s)</source>
        <translation>
            <numerusform>Generando %n token</numerusform>
            <numerusform>Generando %n tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="717"/>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/GenerationPanel.cpp" line="718"/>
        <source>%n token(s) generated at %1 tokens per second</source>
        <translation>
            <numerusform>%n token generado a %1 tokens por segundo</numerusform>
            <numerusform>%n tokens generados a %1 tokens por segundo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/GenerationPanel.cpp" line="727"/>
        <source>The model ended the sentence (it drew &lt;/s&gt;) after %n word(s).</source>
        <translation>
            <numerusform>El modelo terminó la oración (sacó &lt;/s&gt;) después de %n palabra.</numerusform>
            <numerusform>El modelo terminó la oración (sacó &lt;/s&gt;) después de %n palabras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/GenerationPanel.cpp" line="729"/>
        <source>The model ended the text (it produced the end-of-text token) after %n token(s).</source>
        <translation>
            <numerusform>El modelo terminó el texto (produjo el token de fin de texto) después de %n token.</numerusform>
            <numerusform>El modelo terminó el texto (produjo el token de fin de texto) después de %n tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/GenerationPanel.cpp" line="733"/>
        <source>Generation cancelled after %n token(s).</source>
        <translation>
            <numerusform>Generación cancelada después de %n token.</numerusform>
            <numerusform>Generación cancelada después de %n tokens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="736"/>
        <source>Generation failed: %1</source>
        <translation>La generación falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="762"/>
        <source>Generating…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="763"/>
        <source>Comparing decoding strategies</source>
        <translation>Comparando estrategias de decodificación</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/GenerationPanel.cpp" line="775"/>
        <source>The same prompt and seed, %n new token(s) per row. Greedy always takes the likeliest token and tends to repeat itself; random sampling wanders into unlikely words; top-k and top-p stay between the two.</source>
        <translation>
            <numerusform>El mismo prompt y la misma semilla, %n token nuevo por fila. La decodificación voraz siempre toma el token más probable y tiende a repetirse; el muestreo aleatorio se desvía hacia palabras poco probables; top-k y top-p quedan entre ambos.</numerusform>
            <numerusform>El mismo prompt y la misma semilla, %n tokens nuevos por fila. La decodificación voraz siempre toma el token más probable y tiende a repetirse; el muestreo aleatorio se desvía hacia palabras poco probables; top-k y top-p quedan entre ambos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="779"/>
        <source>An n-gram model writes one sentence: a row ends when it draws &lt;/s&gt;.</source>
        <translation>Un modelo de n-gramas escribe una oración: una fila termina cuando saca &lt;/s&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="784"/>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="786"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GenerationPanel.cpp" line="801"/>
        <source>The lecture&apos;s model could not be started here. Train a GPT in the GPT lesson, or import a GPT-2 checkpoint there, then come back.</source>
        <translation>No se pudo poner en marcha aquí el modelo de la clase. Entrene un GPT en la lección GPT, o importe allí un checkpoint de GPT-2, y vuelva.</translation>
    </message>
</context>
<context>
    <name>GptAttentionJob</name>
    <message>
        <location filename="../ui/panels/attention/GptAttentionJob.cpp" line="12"/>
        <source>Attention of %1</source>
        <translation>Atención de %1</translation>
    </message>
</context>
<context>
    <name>GptModelsTab</name>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="105"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="105"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="105"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="105"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="106"/>
        <source>The language models of the workspace; the generation and attention lessons use them. Double-click to rename.</source>
        <translation>Los modelos de lenguaje del espacio de trabajo; los usan las lecciones de generación y de atención. Haga doble clic para cambiar el nombre.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="108"/>
        <source>Re&amp;name...</source>
        <translation>Re&amp;nombrar...</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="109"/>
        <source>Give the selected model another name (F2)</source>
        <translation>Le da otro nombre al modelo seleccionado (F2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="111"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="112"/>
        <source>Remove the selected model from the workspace</source>
        <translation>Quita el modelo seleccionado del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="113"/>
        <source>&amp;Import GPT-2 checkpoint...</source>
        <translation>&amp;Importar checkpoint de GPT-2...</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="114"/>
        <source>A Hugging Face folder: config.json, model.safetensors and, for its tokenizer, vocab.json + merges.txt</source>
        <translation>Una carpeta de Hugging Face: config.json, model.safetensors y, para su tokenizador, vocab.json + merges.txt</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="116"/>
        <source>E&amp;xport...</source>
        <translation>E&amp;xportar...</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="117"/>
        <source>Write the selected model as a Hugging Face GPT-2 folder that other tools open</source>
        <translation>Guarda el modelo seleccionado como una carpeta GPT-2 de Hugging Face, que otras herramientas pueden abrir</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="132"/>
        <source>GPT</source>
        <translation>GPT</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="133"/>
        <source>N-gram</source>
        <translation>N-grama</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="162"/>
        <source>No model yet: train one (Train tab), import a GPT-2 checkpoint, or press the lecture&apos;s example.</source>
        <translation>Todavía no hay modelos: entrene uno (pestaña Entrenar), importe un checkpoint de GPT-2 o pulse el ejemplo de la clase.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="164"/>
        <source>Select a model to see its details.</source>
        <translation>Seleccione un modelo para ver sus detalles.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="171"/>
        <source>Tokenizer: %1, %2 tokens (kept with the model).</source>
        <translation>Tokenizador: %1, %2 tokens (se guarda con el modelo).</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="176"/>
        <source>Context %1 tokens.</source>
        <translation>Contexto de %1 tokens.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="219"/>
        <source>Rename model</source>
        <translation>Cambiar el nombre del modelo</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="219"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="236"/>
        <source>Import a GPT-2 checkpoint (Hugging Face folder)</source>
        <translation>Importar un checkpoint de GPT-2 (carpeta de Hugging Face)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="251"/>
        <source>Importing %1...</source>
        <translation>Importando %1...</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="253"/>
        <source>Importing the GPT-2 checkpoint %1</source>
        <translation>Importando el checkpoint de GPT-2 %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="264"/>
        <source>the folder has no tokenizer files; the workspace tokenizer %1 is used</source>
        <translation>la carpeta no tiene archivos de tokenizador; se usa el tokenizador %1 del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="269"/>
        <source>%1 has no tokenizer (vocab.json and merges.txt), so its token ids cannot be turned into text. Add the tokenizer files to the folder, or choose in the Tokenizer box a workspace tokenizer of exactly %2 tokens (the model&apos;s vocabulary) and import again.</source>
        <translation>%1 no tiene tokenizador (vocab.json y merges.txt), así que sus ids de token no se pueden convertir en texto. Agregue los archivos del tokenizador a la carpeta, o elija en el cuadro Tokenizador un tokenizador del espacio de trabajo de exactamente %2 tokens (el vocabulario del modelo) e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="285"/>
        <source>GPT-2 checkpoint, %1 layers, %2 heads, %3 dims, %4 parameters, imported from %5</source>
        <translation>Checkpoint de GPT-2, %1 capas, %2 cabezas, %3 dimensiones, %4 parámetros, importado de %5</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="305"/>
        <source>Imported %1.</source>
        <translation>Se importó %1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="306"/>
        <source>Notes: %1.</source>
        <translation>Notas: %1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="311"/>
        <source>The checkpoint could not be imported: %1</source>
        <translation>No se pudo importar el checkpoint: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="322"/>
        <source>Export the model as a GPT-2 checkpoint (choose or create a folder)</source>
        <translation>Exportar el modelo como checkpoint de GPT-2 (elija o cree una carpeta)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="331"/>
        <source>Only GPT models can be exported as GPT-2 checkpoints.</source>
        <translation>Solo los modelos GPT se pueden exportar como checkpoints de GPT-2.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="339"/>
        <source>Exporting %1</source>
        <translation>Exportando %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="350"/>
        <source>%1 was written to %2 (config.json, model.safetensors, vocab.json, merges.txt).</source>
        <translation>%1 se escribió en %2 (config.json, model.safetensors, vocab.json, merges.txt).</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="353"/>
        <source>%1 was written to %2 without vocab.json and merges.txt: only byte-level BPE tokenizers have that form, and this model&apos;s tokenizer is a %3 tokenizer. It was saved as tokenizer.json instead, which GPT-2 tools do not read.</source>
        <translation>%1 se escribió en %2 sin vocab.json ni merges.txt: solo los tokenizadores BPE a nivel de bytes tienen esa forma, y el tokenizador de este modelo es un tokenizador %3. Se guardó, en cambio, como tokenizer.json, que las herramientas de GPT-2 no leen.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptModelsTab.cpp" line="359"/>
        <source>The model could not be exported: %1</source>
        <translation>No se pudo exportar el modelo: %1</translation>
    </message>
</context>
<context>
    <name>GptPanel</name>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="98"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="99"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="101"/>
        <source>Train a GPT and watch its loss go down</source>
        <translation>Entrenar un GPT y ver cómo baja su pérdida</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="103"/>
        <source>The workspace&apos;s models: rename, remove, import and export</source>
        <translation>Los modelos del espacio de trabajo: cambiar el nombre, quitar, importar y exportar</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="108"/>
        <source>GPT: a transformer that predicts the next token</source>
        <translation>GPT: un transformer que predice el próximo token</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="109"/>
        <source>&lt;p&gt;GPT is &lt;b&gt;autoregressive&lt;/b&gt;: it models a text as a chain of next-token predictions,&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:n&lt;/sub&gt;) = ∏&lt;sub&gt;k&lt;/sub&gt; &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;k&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:k−1&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;It is a transformer used only as a &lt;b&gt;decoder&lt;/b&gt;: token and position embeddings, then &lt;i&gt;L&lt;/i&gt; blocks of &lt;b&gt;causal self-attention&lt;/b&gt; (each token looks only at itself and the tokens before it; the future is masked) and an MLP, then a softmax over the vocabulary.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Training&lt;/b&gt; maximises the likelihood, i.e. minimises the cross-entropy&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;J&lt;/i&gt; = −log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) − log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt;|&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) − … − log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;n&lt;/sub&gt;|&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:n−1&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;with &lt;b&gt;teacher forcing&lt;/b&gt;: every position of a window sees the &lt;i&gt;true&lt;/i&gt; history and predicts its next token, all at once. Watch the &lt;b&gt;loss go down&lt;/b&gt;: from about log &lt;i&gt;V&lt;/i&gt; (guessing) to the corpus&apos;s own uncertainty; the &lt;b&gt;validation&lt;/b&gt; loss, on text the model never trains on, tells learning from memorising. Perplexity = e&lt;sup&gt;loss&lt;/sup&gt;.&lt;/p&gt;&lt;p&gt;GPT-2 (medium): context 1,024 tokens, embeddings of 1,024, 24 layers. The lecture&apos;s example is tiny: 2 layers, 2 heads, 64 dimensions, a BPE of 1,000 tokens.&lt;/p&gt;</source>
        <translation>&lt;p&gt;GPT es &lt;b&gt;autorregresivo&lt;/b&gt;: modela un texto como una cadena de predicciones del próximo token,&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:n&lt;/sub&gt;) = ∏&lt;sub&gt;k&lt;/sub&gt; &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;k&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:k−1&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;Es un transformer usado solo como &lt;b&gt;decodificador&lt;/b&gt;: embeddings de token y de posición, luego &lt;i&gt;L&lt;/i&gt; bloques de &lt;b&gt;autoatención causal&lt;/b&gt; (cada token mira solo a sí mismo y a los tokens anteriores; el futuro está enmascarado) y un MLP, y al final una softmax sobre el vocabulario.&lt;/p&gt;&lt;p&gt;El &lt;b&gt;entrenamiento&lt;/b&gt; maximiza la verosimilitud, es decir, minimiza la entropía cruzada&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;J&lt;/i&gt; = −log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) − log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt;|&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) − … − log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;n&lt;/sub&gt;|&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:n−1&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;con &lt;b&gt;teacher forcing&lt;/b&gt;: cada posición de una ventana ve la historia &lt;i&gt;verdadera&lt;/i&gt; y predice su próximo token, todas a la vez. Observe cómo &lt;b&gt;baja la pérdida&lt;/b&gt;: desde alrededor de log &lt;i&gt;V&lt;/i&gt; (adivinar al azar) hasta la incertidumbre propia del corpus; la pérdida de &lt;b&gt;validación&lt;/b&gt;, sobre texto con el que el modelo nunca entrena, distingue aprender de memorizar. Perplejidad = e&lt;sup&gt;pérdida&lt;/sup&gt;.&lt;/p&gt;&lt;p&gt;GPT-2 (medium): contexto de 1024 tokens, embeddings de 1024, 24 capas. El ejemplo de la clase es diminuto: 2 capas, 2 cabezas, 64 dimensiones y un BPE de 1000 tokens.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="130"/>
        <source>Train the lecture&apos;s tiny GPT (2 layers, 2 heads, 64 dims, 300 steps) on the first corpus, with a 1,000-token BPE</source>
        <translation>Entrena el GPT diminuto de la clase (2 capas, 2 cabezas, 64 dimensiones, 300 pasos) con el primer corpus y un BPE de 1000 tokens</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="140"/>
        <source>Nothing was started: %1</source>
        <translation>No se inició nada: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="173"/>
        <source>Training was stopped before its first step; no model was kept.</source>
        <translation>El entrenamiento se detuvo antes de su primer paso; no se conservó ningún modelo.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="179"/>
        <source>Training failed: %1</source>
        <translation>El entrenamiento falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="211"/>
        <source>It was added as %1. Try a lower learning rate or a longer warm-up.</source>
        <translation>Se agregó como %1. Pruebe con una tasa de aprendizaje más baja o un calentamiento más largo.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="215"/>
        <source>Stopped: the model was kept as %1 (%2).</source>
        <translation>Detenido: el modelo se conservó como %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="219"/>
        <source>Trained %1.</source>
        <translation>Se entrenó %1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="221"/>
        <source>Final training loss %1.</source>
        <translation>Pérdida final de entrenamiento: %1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="224"/>
        <source>Validation perplexity %1.</source>
        <translation>Perplejidad de validación: %1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="267"/>
        <source>Training a 1,000-token BPE first, then the GPT...</source>
        <translation>Entrenando primero un BPE de 1000 tokens y después el GPT...</translation>
    </message>
    <message>
        <location filename="../ui/panels/GptPanel.cpp" line="283"/>
        <source>The tokenizer could not be trained: %1</source>
        <translation>No se pudo entrenar el tokenizador: %1</translation>
    </message>
</context>
<context>
    <name>GptSettingsForm</name>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="164"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="165"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="166"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="167"/>
        <source>&amp;Corpus:</source>
        <translation>&amp;Corpus:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="167"/>
        <source>The texts the model learns to continue</source>
        <translation>Los textos que el modelo aprende a continuar</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="168"/>
        <source>&amp;Tokenizer:</source>
        <translation>&amp;Tokenizador:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="169"/>
        <source>Turns the texts into token ids; its vocabulary size is the model&apos;s V</source>
        <translation>Convierte los textos en ids de token; el tamaño de su vocabulario es la V del modelo</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="170"/>
        <source>&amp;Layers:</source>
        <translation>C&amp;apas:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="170"/>
        <source>Transformer blocks stacked one on the other (L)</source>
        <translation>Bloques transformer apilados uno sobre otro (L)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="171"/>
        <source>&amp;Heads:</source>
        <translation>Ca&amp;bezas:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="172"/>
        <source>Attention heads per layer; each looks at C / heads dimensions</source>
        <translation>Cabezas de atención por capa; cada una mira C / cabezas dimensiones</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="173"/>
        <source>&amp;Embedding size:</source>
        <translation>Tamaño del embedd&amp;ing:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="173"/>
        <source>Dimensions of every token&apos;s vector (C)</source>
        <translation>Dimensiones del vector de cada token (C)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="174"/>
        <source>C&amp;ontext:</source>
        <translation>C&amp;ontexto:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="175"/>
        <source>The longest sequence the model can read: its learned positions</source>
        <translation>La secuencia más larga que el modelo puede leer: sus posiciones aprendidas</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="176"/>
        <source>&amp;Dropout:</source>
        <translation>&amp;Dropout:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="177"/>
        <source>Probability of zeroing an activation while training (0 = none)</source>
        <translation>Probabilidad de poner a cero una activación durante el entrenamiento (0 = ninguna)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="178"/>
        <source>&amp;Steps:</source>
        <translation>&amp;Pasos:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="178"/>
        <source>Optimizer updates (AdamW)</source>
        <translation>Actualizaciones del optimizador (AdamW)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="179"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="179"/>
        <source>Windows of text per step</source>
        <translation>Ventanas de texto por paso (el tamaño del batch)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="180"/>
        <source>Se&amp;quence length:</source>
        <translation>Longitud de &amp;secuencia:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="181"/>
        <source>Tokens per window; each window teaches T next-token predictions at once (teacher forcing)</source>
        <translation>Tokens por ventana; cada ventana enseña T predicciones del próximo token a la vez (teacher forcing)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="183"/>
        <source>Learning &amp;rate:</source>
        <translation>Tasa de ap&amp;rendizaje:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="184"/>
        <source>The largest learning rate, reached after the warm-up, then decayed as a cosine</source>
        <translation>La tasa de aprendizaje máxima, que se alcanza después del calentamiento y luego decae como un coseno</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="185"/>
        <source>&amp;Warm-up:</source>
        <translation>Cale&amp;ntamiento:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="185"/>
        <source>Steps over which the learning rate grows from 0</source>
        <translation>Pasos durante los cuales la tasa de aprendizaje crece desde 0</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="186"/>
        <source>S&amp;eed:</source>
        <translation>Se&amp;milla:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="186"/>
        <source>Seeds the initial weights and the choice of windows</source>
        <translation>Semilla para los pesos iniciales y la elección de las ventanas</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="187"/>
        <source>&amp;Validation:</source>
        <translation>&amp;Validación:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="188"/>
        <source>Fraction of the tokens, at the end of the corpus, held out to measure the loss on text the model never trains on</source>
        <translation>Fracción de los tokens, al final del corpus, que se reserva para medir la pérdida con texto con el que el modelo nunca entrena</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="190"/>
        <source>Sample e&amp;very:</source>
        <translation>&amp;Generar cada:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="191"/>
        <source>Generate a short text every N steps (0 = never)</source>
        <translation>Genera un texto breve cada N pasos (0 = nunca)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="192"/>
        <source>Sample &amp;prompt:</source>
        <translation>Prompt de m&amp;uestra:</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="192"/>
        <source>The beginning of every sample</source>
        <translation>El comienzo de cada muestra</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="193"/>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="194"/>
        <source> steps</source>
        <translation> pasos</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="195"/>
        <source>T&amp;rain</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="196"/>
        <source>Train a new model with these settings (Ctrl+Return)</source>
        <translation>Entrena un modelo nuevo con esta configuración (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="198"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="199"/>
        <source>Stop training; the model keeps the last completed step</source>
        <translation>Detiene el entrenamiento; el modelo conserva el último paso completado</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="215"/>
        <source>%1 (processed)</source>
        <translation>%1 (procesado)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="237"/>
        <source>%1 (%2 tokens)</source>
        <translation>%1 (%2 tokens)</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="361"/>
        <source>Choose a corpus to train on (load one in the Corpus lesson).</source>
        <translation>Elija un corpus para entrenar (cargue uno en la lección Corpus).</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="363"/>
        <source>Choose a tokenizer (train one in the Tokenization lesson, or press the lecture example button).</source>
        <translation>Elija un tokenizador (entrene uno en la lección Tokenización o pulse el botón del ejemplo de la clase).</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="378"/>
        <source>&lt;b&gt;%1 parameters&lt;/b&gt; (V = %2 tokens): V·C + T·C + L·(12·C² + 13·C) + 2·C</source>
        <translation>&lt;b&gt;%1 parámetros&lt;/b&gt; (V = %2 tokens): V·C + T·C + L·(12·C² + 13·C) + 2·C</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptSettingsForm.cpp" line="383"/>
        <source>Parameters: choose a tokenizer and a valid shape</source>
        <translation>Parámetros: elija un tokenizador y una forma válida</translation>
    </message>
</context>
<context>
    <name>GptTrainTab</name>
    <message>
        <location filename="../ui/panels/gpt/GptTrainTab.cpp" line="56"/>
        <source>Samples generated during training (the same prompt, step by step):</source>
        <translation>Muestras generadas durante el entrenamiento (el mismo prompt, paso a paso):</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptTrainTab.cpp" line="57"/>
        <source>What the model writes after the prompt at each sampling step: noise first, then the corpus&apos;s letters, words and style</source>
        <translation>Lo que escribe el modelo después del prompt en cada paso de muestreo: primero ruido, luego las letras, las palabras y el estilo del corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptTrainTab.cpp" line="59"/>
        <source>Perplexity = exp(validation loss): the model is as unsure as if it chose among that many tokens</source>
        <translation>Perplejidad = exp(pérdida de validación): el modelo está tan inseguro como si eligiera entre esa cantidad de tokens</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptTrainTab.cpp" line="86"/>
        <source>&lt;b&gt;Step %1:&lt;/b&gt; %2&lt;i&gt;%3&lt;/i&gt;</source>
        <translation>&lt;b&gt;Paso %1:&lt;/b&gt; %2&lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptTrainTab.cpp" line="100"/>
        <source>%1 has no training history (it was imported).</source>
        <translation>%1 no tiene historial de entrenamiento (se importó).</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptTrainTab.cpp" line="101"/>
        <source>The training curve of %1.</source>
        <translation>La curva de entrenamiento de %1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptTrainTab.cpp" line="123"/>
        <source>Press Train: the loss of each step appears here as it is measured.</source>
        <translation>Pulse Entrenar: la pérdida de cada paso aparece aquí a medida que se mide.</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptTrainTab.cpp" line="128"/>
        <source>Step &lt;b&gt;%1&lt;/b&gt; of %2 · training loss &lt;b&gt;%3&lt;/b&gt; · %4 tokens/s · learning rate %5</source>
        <translation>Paso &lt;b&gt;%1&lt;/b&gt; de %2 · pérdida de entrenamiento &lt;b&gt;%3&lt;/b&gt; · %4 tokens/s · tasa de aprendizaje %5</translation>
    </message>
    <message>
        <location filename="../ui/panels/gpt/GptTrainTab.cpp" line="136"/>
        <source> · validation loss &lt;b&gt;%1&lt;/b&gt;, perplexity &lt;b&gt;%2&lt;/b&gt;</source>
        <translation> · pérdida de validación &lt;b&gt;%1&lt;/b&gt;, perplejidad &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>GptTraining</name>
    <message>
        <location filename="../ui/GptTraining.cpp" line="106"/>
        <source>Training the lecture&apos;s GPT on %1</source>
        <translation>Entrenando el GPT de la clase con %1</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="172"/>
        <source>%1 M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="174"/>
        <source>%1 k</source>
        <translation>%1 k</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="182"/>
        <source>GPT, %1 layers, %2 heads, %3 dims, %4 parameters, %5 steps on %6</source>
        <translation>GPT, %1 capas, %2 cabezas, %3 dimensiones, %4 parámetros, %5 pasos con %6</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="190"/>
        <source>Training a GPT on %1</source>
        <translation>Entrenando un GPT con %1</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="201"/>
        <source>The tokenizer has only %1 tokens; a language model needs a vocabulary of at least 10.</source>
        <translation>El tokenizador tiene solo %1 tokens; un modelo de lenguaje necesita un vocabulario de al menos 10.</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="205"/>
        <source>Layers, heads, embedding size and context must all be at least 1.</source>
        <translation>Las capas, las cabezas, el tamaño del embedding y el contexto deben ser todos al menos 1.</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="207"/>
        <source>%1 heads do not divide the embedding size %2: each head gets C / heads dimensions, so choose an embedding size that is a multiple of the number of heads.</source>
        <translation>%1 cabezas no dividen el tamaño del embedding %2: cada cabeza recibe C / cabezas dimensiones, así que elija un tamaño del embedding que sea múltiplo del número de cabezas.</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="211"/>
        <source>The sequence length %1 is longer than the context %2: the model has no position embedding beyond its context.</source>
        <translation>La longitud de secuencia %1 es mayor que el contexto %2: el modelo no tiene embeddings de posición más allá de su contexto.</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="215"/>
        <source>Steps, batch size and sequence length must all be at least 1.</source>
        <translation>Los pasos, el tamaño del lote y la longitud de secuencia deben ser todos al menos 1.</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="217"/>
        <source>The warm-up (%1 steps) is longer than the whole training (%2 steps).</source>
        <translation>El calentamiento (%1 pasos) es más largo que todo el entrenamiento (%2 pasos).</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="220"/>
        <source>The learning rate must be above 0 and at most 1 (GPT-2 small used 6e-4).</source>
        <translation>La tasa de aprendizaje debe ser mayor que 0 y como máximo 1 (GPT-2 small usó 6e-4).</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="223"/>
        <source>The validation fraction must be between 0 and 0.5.</source>
        <translation>La fracción de validación debe estar entre 0 y 0.5.</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="225"/>
        <source>Dropout is a probability: it must be at least 0 and below 1.</source>
        <translation>El dropout es una probabilidad: debe ser al menos 0 y menor que 1.</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="312"/>
        <source>Training stopped after step %1: %2. The model keeps the weights of step %1.</source>
        <translation>El entrenamiento se detuvo después del paso %1: %2. El modelo conserva los pesos del paso %1.</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="321"/>
        <source>stopped at step %1 of %2</source>
        <translation>detenido en el paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/GptTraining.cpp" line="339"/>
        <source>diverged at step %1</source>
        <translation>divergió en el paso %1</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <location filename="../ui/widgets/HeatmapView.cpp" line="274"/>
        <location filename="../ui/widgets/HeatmapView.cpp" line="570"/>
        <source>masked</source>
        <translation>enmascarada</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HeatmapView.cpp" line="400"/>
        <source>No matrix to show</source>
        <translation>No hay ninguna matriz para mostrar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HeatmapView.cpp" line="381"/>
        <source>%1 × %2: masked</source>
        <translation>%1 × %2: enmascarada</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HeatmapView.cpp" line="390"/>
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
    <name>LectureSimilarityView</name>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="196"/>
        <source>The lecture&apos;s table: word × context counts</source>
        <translation>La tabla de la clase: conteos palabra × contexto</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="197"/>
        <source>Dot product or cosine?</source>
        <translation>¿Producto punto o coseno?</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="198"/>
        <source>Dot product v · w = Σ vᵢ wᵢ (grows with the counts):</source>
        <translation>Producto punto v · w = Σ vᵢ wᵢ (crece con los conteos):</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="199"/>
        <source>Cosine v · w / (|v| |w|) (only the direction counts):</source>
        <translation>Coseno v · w / (|v| |w|) (solo cuenta la dirección):</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="200"/>
        <source>Bag of words: the order is lost</source>
        <translation>Bolsa de palabras: el orden se pierde</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="201"/>
        <source>Sentence &amp;1:</source>
        <translation>Oración &amp;1:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="202"/>
        <source>Sentence &amp;2:</source>
        <translation>Oración &amp;2:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="203"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="203"/>
        <source>Context word</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="233"/>
        <source>&lt;p&gt;cos(cherry, information) = &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;cos(digital, information) = &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;By dot product, information is closest to itself (%3) and then to digital (%4): long vectors of frequent words win. The cosine divides by the lengths, so only the direction matters: digital and information point the same way, cherry does not.&lt;/p&gt;</source>
        <translation>&lt;p&gt;cos(cherry, information) = &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;cos(digital, information) = &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Por producto punto, information está más cerca de sí misma (%3) y después de digital (%4): ganan los vectores largos de las palabras frecuentes. El coseno divide por las longitudes, así que solo importa la dirección: digital e information apuntan hacia el mismo lado, cherry no.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="260"/>
        <source>Type two sentences.</source>
        <translation>Escriba dos oraciones.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="274"/>
        <source>Sentence 1</source>
        <translation>Oración 1</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="274"/>
        <source>Sentence 2</source>
        <translation>Oración 2</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="283"/>
        <source>&lt;b&gt;The same vector&lt;/b&gt; (cosine %1): a bag of words keeps how many times each word appears, not the order, so it cannot tell who bit whom.</source>
        <translation>&lt;b&gt;El mismo vector&lt;/b&gt; (coseno %1): una bolsa de palabras guarda cuántas veces aparece cada palabra, no el orden, así que no puede saber quién mordió a quién.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/LectureSimilarityView.cpp" line="287"/>
        <source>Different vectors: cosine %1.</source>
        <translation>Vectores distintos: coseno %1.</translation>
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
        <location filename="../ui/LessonRegistry.cpp" line="20"/>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="22"/>
        <source>Documents, vocabulary, frequencies, Zipf&apos;s law and concordances</source>
        <translation>Documentos, vocabulario, frecuencias, ley de Zipf y concordancias</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="32"/>
        <source>Preprocessing</source>
        <translation>Preprocesamiento</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="34"/>
        <source>Cleaning, normalisation, sentences, tokens, stop words, stems, lemmas and spelling, step by step</source>
        <translation>Limpieza, normalización, oraciones, tokens, palabras vacías, raíces, lemas y ortografía, paso a paso</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="44"/>
        <source>Tokenization</source>
        <translation>Tokenización</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="46"/>
        <source>Words, characters and subwords: BPE and WordPiece trained, compared and replayed merge by merge</source>
        <translation>Palabras, caracteres y subpalabras: BPE y WordPiece entrenados, comparados y reproducidos fusión a fusión</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="56"/>
        <source>N-grams</source>
        <translation>N-gramas</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="58"/>
        <source>The chain rule and its n-gram approximation: counts become probabilities, smoothing, perplexity and sentences sampled word by word</source>
        <translation>La regla de la cadena y su aproximación por n-gramas: los conteos se vuelven probabilidades, suavizado, perplejidad y oraciones muestreadas palabra por palabra</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="69"/>
        <source>Co-occurrence &amp; TF-IDF</source>
        <translation>Coocurrencia y TF-IDF</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="71"/>
        <source>Word-document and word-word matrices as heatmaps, bag of words, cosine similarity, TF-IDF and BM25 search</source>
        <translation>Matrices palabra-documento y palabra-palabra como mapas de calor, bolsa de palabras, similitud coseno, búsqueda con TF-IDF y BM25</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="81"/>
        <source>Word embeddings</source>
        <translation>Embeddings de palabras</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="83"/>
        <source>Dense word vectors: word2vec trained live and PPMI–SVD, nearest neighbours, analogies and evaluation</source>
        <translation>Vectores densos de palabras: word2vec entrenado en vivo y PPMI–SVD, vecinos más cercanos, analogías y evaluación</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="93"/>
        <source>Projection</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="95"/>
        <source>Vectors drawn in 2-D with PCA, t-SNE and UMAP, animated while they run; neighbours before and after</source>
        <translation>Vectores dibujados en 2D con PCA, t-SNE y UMAP, animados mientras calculan; los vecinos antes y después</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="105"/>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="107"/>
        <source>Self-attention step by step, queries, keys and values, positional encodings, layer norm, and every head of a GPT</source>
        <translation>Autoatención paso a paso, consultas, claves y valores, codificación posicional, normalización de capas y todas las cabezas de un GPT</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="117"/>
        <source>Transformer / GPT</source>
        <translation>Transformer / GPT</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="119"/>
        <source>Train a small GPT on a corpus and watch the loss go down; open and save GPT-2 checkpoints</source>
        <translation>Entrenar un GPT pequeño con un corpus y ver cómo baja la pérdida; abrir y guardar checkpoints de GPT-2</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="128"/>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <location filename="../ui/LessonRegistry.cpp" line="130"/>
        <source>The next-token distribution under temperature, top-k and top-p; generate step by step or N tokens at once</source>
        <translation>La distribución del próximo token con temperatura, top-k y top-p; generar paso a paso o N tokens de una vez</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="158"/>
        <source>Step %1
Training loss: %2</source>
        <translation>Paso %1
Pérdida de entrenamiento: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="161"/>
        <source>
Validation loss: %1 (perplexity %2)</source>
        <translation>
Pérdida de validación: %1 (perplejidad %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="164"/>
        <source>
Learning rate: %1</source>
        <translation>
Tasa de aprendizaje: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="180"/>
        <location filename="../ui/widgets/LossChart.cpp" line="214"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="180"/>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="180"/>
        <source>Validation loss</source>
        <translation>Pérdida de validación</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="181"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="181"/>
        <source>Tokens per second</source>
        <translation>Tokens por segundo</translation>
    </message>
    <message>
        <source>Export picture (PNG, SVG)...</source>
        <translation type="vanished">Exportar imagen (PNG, SVG)...</translation>
    </message>
    <message>
        <source>Export points (CSV)...</source>
        <translation type="vanished">Exportar puntos (CSV)...</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="211"/>
        <source>Loss during training</source>
        <translation>Pérdida durante el entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="212"/>
        <source>Training loss (batch)</source>
        <translation>Entrenamiento (lote)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="213"/>
        <source>Validation loss (held-out text)</source>
        <translation>Validación (texto reservado)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="215"/>
        <source>Loss (nats, log scale)</source>
        <translation>Pérdida (nats, escala log.)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/LossChart.cpp" line="216"/>
        <source>Right-click to export the picture or the points</source>
        <translation>Clic derecho para exportar la imagen o los puntos</translation>
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
    <name>NeighbourComparisonView</name>
    <message>
        <location filename="../ui/panels/projection/NeighbourComparisonView.cpp" line="34"/>
        <source>Original space (cosine)</source>
        <translation>Espacio original (coseno)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/NeighbourComparisonView.cpp" line="34"/>
        <source>2-D layout (distance)</source>
        <translation>Mapa 2D (distancia)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/NeighbourComparisonView.cpp" line="35"/>
        <source>Left: the nearest words by the cosine of their vectors. Right: the nearest points in the picture. Words in both lists are shown in bold on a green background.</source>
        <translation>Izquierda: las palabras más cercanas según el coseno de sus vectores. Derecha: los puntos más cercanos en la imagen. Las palabras que están en ambas listas se muestran en negrita sobre fondo verde.</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/NeighbourComparisonView.cpp" line="39"/>
        <source>Hover a point to compare its neighbours</source>
        <translation>Pase el cursor sobre un punto para comparar sus vecinos</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/NeighbourComparisonView.cpp" line="42"/>
        <source>Neighbours of “%1”</source>
        <translation>Vecinos de “%1”</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/NeighbourComparisonView.cpp" line="43"/>
        <source>Kept in 2-D: %1/%2 neighbours</source>
        <translation>Conservados en 2D: %1/%2 vecinos</translation>
    </message>
</context>
<context>
    <name>NeighboursView</name>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="50"/>
        <source>&amp;Word:</source>
        <translation>Palab&amp;ra:</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="51"/>
        <source>a word of the vocabulary, e.g. casa</source>
        <translation>una palabra del vocabulario, p. ej. casa</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="52"/>
        <source>Press Enter to list the words whose vectors point the same way</source>
        <translation>Pulse Enter para listar las palabras cuyos vectores apuntan en la misma dirección</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="53"/>
        <source>top 10</source>
        <translation>10 vecinos</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="54"/>
        <source>top 20</source>
        <translation>20 vecinos</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="55"/>
        <source>How many neighbours to list</source>
        <translation>Cuántos vecinos listar</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="56"/>
        <source>&amp;Neighbours</source>
        <translation>Vecin&amp;os</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="57"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="58"/>
        <source>Saves the table as CSV</source>
        <translation>Guarda la tabla como CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="59"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="59"/>
        <source>Neighbour</source>
        <translation>Vecino</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="59"/>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="59"/>
        <source>Count</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="60"/>
        <source>cos(v, w) = v·w / (|v| |w|): 1 is the same direction, 0 unrelated</source>
        <translation>cos(v, w) = v·w / (|v| |w|): 1 es la misma dirección, 0 sin relación</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="62"/>
        <source>How often the word appears in the corpus</source>
        <translation>Cuántas veces aparece la palabra en el corpus</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="94"/>
        <source>No vectors yet: train some on a corpus, or import a file.</source>
        <translation>Todavía no hay vectores: entrene algunos con un corpus o importe un archivo.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="98"/>
        <source>Type a word and press Enter.</source>
        <translation>Escriba una palabra y pulse Enter.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="118"/>
        <source>The %1 words whose vectors are closest to “%2” by cosine, among %3 words.</source>
        <translation>Las %1 palabras cuyos vectores están más cerca de “%2” según el coseno, entre %3 palabras.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="127"/>
        <source>“%1” is not in the vocabulary, and no word is spelt like it.</source>
        <translation>“%1” no está en el vocabulario y no hay ninguna palabra que se escriba parecido.</translation>
    </message>
    <message>
        <location filename="../ui/panels/embeddings/NeighboursView.cpp" line="131"/>
        <source>“%1” is not in the vocabulary. Did you mean: %2?</source>
        <translation>“%1” no está en el vocabulario. ¿Quiso decir: %2?</translation>
    </message>
</context>
<context>
    <name>NextWordChart</name>
    <message>
        <location filename="../ui/panels/ngram/NextWordChart.cpp" line="260"/>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordChart.cpp" line="260"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordChart.cpp" line="260"/>
        <source>P(w | context)</source>
        <translation>P(w | contexto)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordChart.cpp" line="261"/>
        <source>C(context w)</source>
        <translation>C(contexto w)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordChart.cpp" line="261"/>
        <source>C(context w) / C(context)</source>
        <translation>C(contexto w) / C(contexto)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordChart.cpp" line="276"/>
        <source>Export picture (PNG, SVG)…</source>
        <translation>Exportar imagen (PNG, SVG)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordChart.cpp" line="278"/>
        <source>Export table (CSV)…</source>
        <translation>Exportar tabla (CSV)…</translation>
    </message>
</context>
<context>
    <name>NextWordView</name>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="82"/>
        <source>Con&amp;text:</source>
        <translation>Con&amp;texto:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="83"/>
        <source>The words typed so far; the model predicts the next one from the last n − 1 of them</source>
        <translation>Las palabras escritas hasta ahora; el modelo predice la siguiente a partir de las últimas n − 1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="85"/>
        <source>&amp;Words shown:</source>
        <translation>&amp;Palabras mostradas:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="86"/>
        <source>How many of the most probable next words the chart shows</source>
        <translation>Cuántas de las palabras siguientes más probables muestra el gráfico</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="87"/>
        <source>Hover or click a word to see the counts and the formula behind its probability</source>
        <translation>Pase el cursor o haga clic en una palabra para ver los conteos y la fórmula detrás de su probabilidad</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="127"/>
        <source>No n-gram model yet: train one with the controls on the left, or press the lesson&apos;s example button.</source>
        <translation>Todavía no hay un modelo de n-gramas: entrene uno con los controles de la izquierda, o pulse el botón del ejemplo de la lección.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="151"/>
        <source>“%1” is not in the model&apos;s vocabulary: it is read as &amp;lt;unk&amp;gt;.</source>
        <translation>“%1” no está en el vocabulario del modelo: se lee como &amp;lt;unk&amp;gt;.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="152"/>
        <source>“%1” is not in the model&apos;s vocabulary (read as &amp;lt;unk&amp;gt;). Did you mean: %2?</source>
        <translation>“%1” no está en el vocabulario del modelo (se lee como &amp;lt;unk&amp;gt;). ¿Quiso decir: %2?</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="198"/>
        <source>P(w): a unigram model ignores the context</source>
        <translation>P(w): un modelo de unigramas ignora el contexto</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="199"/>
        <source>P(w | %1): the last %n word(s) decide</source>
        <translation>
            <numerusform>P(w | %1): decide %n palabra, la última</numerusform>
            <numerusform>P(w | %1): deciden las últimas %n palabras</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="202"/>
        <source>P(w | context), smoothed</source>
        <translation>P(w | contexto), suavizada</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="202"/>
        <source>score S(w | context)</source>
        <translation>puntaje S(w | contexto)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="203"/>
        <source>counts alone: C(context w) / C(context)</source>
        <translation>solo conteos: C(contexto w) / C(contexto)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="207"/>
        <source>%1 other words share %2 % of the probability.</source>
        <translation>Otras %1 palabras se reparten el %2 % de la probabilidad.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="210"/>
        <source>Stupid backoff&apos;s scores do not sum to 1 (here: %1).</source>
        <translation>Los puntajes de stupid backoff no suman 1 (aquí: %1).</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="212"/>
        <source>No word can follow this context in the model (MLE gives 0 to everything after an unseen context).</source>
        <translation>Ninguna palabra puede seguir a este contexto en el modelo (MLE da 0 a todo lo que sigue a un contexto no visto).</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NextWordView.cpp" line="223"/>
        <source>Hover or click a word of the chart to see where its probability comes from.</source>
        <translation>Pase el cursor o haga clic en una palabra del gráfico para ver de dónde sale su probabilidad.</translation>
    </message>
</context>
<context>
    <name>NgramFormula</name>
    <message>
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="73"/>
        <source>%1 = λ&lt;sub&gt;3&lt;/sub&gt; P&lt;sub&gt;MLE&lt;/sub&gt;(w | w&lt;sub&gt;−2&lt;/sub&gt; w&lt;sub&gt;−1&lt;/sub&gt;) + λ&lt;sub&gt;2&lt;/sub&gt; P&lt;sub&gt;MLE&lt;/sub&gt;(w | w&lt;sub&gt;−1&lt;/sub&gt;) + λ&lt;sub&gt;1&lt;/sub&gt; P&lt;sub&gt;MLE&lt;/sub&gt;(w), with Σλ = 1</source>
        <translation>%1 = λ&lt;sub&gt;3&lt;/sub&gt; P&lt;sub&gt;MLE&lt;/sub&gt;(w | w&lt;sub&gt;−2&lt;/sub&gt; w&lt;sub&gt;−1&lt;/sub&gt;) + λ&lt;sub&gt;2&lt;/sub&gt; P&lt;sub&gt;MLE&lt;/sub&gt;(w | w&lt;sub&gt;−1&lt;/sub&gt;) + λ&lt;sub&gt;1&lt;/sub&gt; P&lt;sub&gt;MLE&lt;/sub&gt;(w), con Σλ = 1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="77"/>
        <source>S(w | h) = C(h w) / C(h) if C(h w) &amp;gt; 0, otherwise 0.4 · S(w | shorter h) (a score: it does not sum to 1)</source>
        <translation>S(w | h) = C(h w) / C(h) si C(h w) &amp;gt; 0, si no 0.4 · S(w | h más corto) (un puntaje: no suma 1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="81"/>
        <source>P&lt;sub&gt;KN&lt;/sub&gt;(w | h) = max(C(h w) − D, 0) / C(h) + λ(h) · P&lt;sub&gt;KN&lt;/sub&gt;(w | shorter h), with λ(h) = D · N&lt;sub&gt;1+&lt;/sub&gt;(h •) / C(h); lower orders count continuations N&lt;sub&gt;1+&lt;/sub&gt;(• h w)</source>
        <translation>P&lt;sub&gt;KN&lt;/sub&gt;(w | h) = max(C(h w) − D, 0) / C(h) + λ(h) · P&lt;sub&gt;KN&lt;/sub&gt;(w | h más corto), con λ(h) = D · N&lt;sub&gt;1+&lt;/sub&gt;(h •) / C(h); los órdenes menores cuentan continuaciones N&lt;sub&gt;1+&lt;/sub&gt;(• h w)</translation>
    </message>
    <message numerus="yes">
        <source>The longer context was never seen: the counts of the %n-word context are used.</source>
        <translation type="vanished">
            <numerusform>El contexto más largo nunca se vio: se usan los conteos del contexto de %n palabra.</numerusform>
            <numerusform>El contexto más largo nunca se vio: se usan los conteos del contexto de %n palabras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="114"/>
        <source>The longer context was never seen: the counts of the context of %n word(s) are used.</source>
        <translation>
            <numerusform>El contexto más largo nunca se vio: se usan los conteos del contexto de %n palabra.</numerusform>
            <numerusform>El contexto más largo nunca se vio: se usan los conteos del contexto de %n palabras.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="155"/>
        <source>λ&lt;sub&gt;1&lt;/sub&gt; … λ&lt;sub&gt;n&lt;/sub&gt; sum to 1.</source>
        <translation>λ&lt;sub&gt;1&lt;/sub&gt; … λ&lt;sub&gt;n&lt;/sub&gt; suman 1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="157"/>
        <source>A context never seen takes the value of the order below it.</source>
        <translation>Un contexto nunca visto toma el valor del orden inferior.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="174"/>
        <source>0.4 × S(shorter context)</source>
        <translation>0.4 × S(contexto más corto)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="175"/>
        <source>%1 = 0: never seen, back off</source>
        <translation>%1 = 0: nunca visto, se retrocede</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="200"/>
        <source>%1 = 0: the context was never seen, so the shorter one decides alone.</source>
        <translation>%1 = 0: el contexto nunca se vio, así que decide solo el más corto.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramFormula.cpp" line="211"/>
        <source>λ = (D&lt;sub&gt;1&lt;/sub&gt; N&lt;sub&gt;1&lt;/sub&gt; + D&lt;sub&gt;2&lt;/sub&gt; N&lt;sub&gt;2&lt;/sub&gt; + D&lt;sub&gt;3+&lt;/sub&gt; N&lt;sub&gt;3+&lt;/sub&gt;) / %1 = %2; D = %3 for a count of %4</source>
        <translation>λ = (D&lt;sub&gt;1&lt;/sub&gt; N&lt;sub&gt;1&lt;/sub&gt; + D&lt;sub&gt;2&lt;/sub&gt; N&lt;sub&gt;2&lt;/sub&gt; + D&lt;sub&gt;3+&lt;/sub&gt; N&lt;sub&gt;3+&lt;/sub&gt;) / %1 = %2; D = %3 para un conteo de %4</translation>
    </message>
</context>
<context>
    <name>NgramPanel</name>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="97"/>
        <source>Train &amp;&amp; perplexity</source>
        <translation>Entrenar y perplejidad</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="98"/>
        <source>Next word</source>
        <translation>Palabra siguiente</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="99"/>
        <source>Sentence probability</source>
        <translation>P(oración)</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="100"/>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="102"/>
        <source>How well each order and smoothing predicts the held-out sentences</source>
        <translation>Qué tan bien predice cada orden y suavizado las oraciones reservadas</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="104"/>
        <source>The distribution of the next word after a context, with the counts behind it</source>
        <translation>La distribución de la palabra siguiente después de un contexto, con los conteos detrás</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="107"/>
        <source>A sentence&apos;s probability as the chain rule, factor by factor</source>
        <translation>La probabilidad de una oración como regla de la cadena, factor por factor</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="108"/>
        <source>Sentences sampled word by word</source>
        <translation>Oraciones muestreadas palabra por palabra</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="116"/>
        <source>N-grams: the probability of a sentence, by counting</source>
        <translation>N-gramas: la probabilidad de una oración, contando</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="117"/>
        <source>&lt;p&gt;A language model gives a sentence a probability with the &lt;b&gt;chain rule&lt;/b&gt;:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;) = &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) ⋯ &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;Language is too creative to have seen every long history. An n-gram forgets all but the last &lt;i&gt;n&lt;/i&gt; − 1 words; a &lt;b&gt;trigram&lt;/b&gt;:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt;) ≈ &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−2&lt;/sub&gt;, &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt;) = C(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−2&lt;/sub&gt; &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt; &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;) / C(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−2&lt;/sub&gt; &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;Counting alone (MLE) gives 0 to every n-gram the corpus lacks, and one 0 makes a whole sentence impossible: the held-out &lt;b&gt;perplexity&lt;/b&gt; is infinite. &lt;b&gt;Smoothing&lt;/b&gt; (add-k, interpolation, Kneser–Ney) moves a little probability to the unseen. Higher orders remember more, but without smoothing they overfit.&lt;/p&gt;&lt;p&gt;Sentences are wrapped in &amp;lt;s&amp;gt; … &amp;lt;/s&amp;gt;; sampling draws word after word until &amp;lt;/s&amp;gt;.&lt;/p&gt;&lt;p&gt;The example trains a trigram on the sample corpus and asks what follows “el señorial chalet se encontraba a la izquierda de la”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un modelo de lenguaje le da una probabilidad a una oración con la &lt;b&gt;regla de la cadena&lt;/b&gt;:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;) = &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) ⋯ &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;El lenguaje es demasiado creativo para haber visto todas las historias largas. Un n-grama olvida todo salvo las últimas &lt;i&gt;n&lt;/i&gt; − 1 palabras; un &lt;b&gt;trigrama&lt;/b&gt;:&lt;/p&gt;&lt;p align=&quot;center&quot; style=&quot;font-size:large&quot;&gt;&lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;1:&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt;) ≈ &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt; | &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−2&lt;/sub&gt;, &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt;) = C(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−2&lt;/sub&gt; &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt; &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;) / C(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−2&lt;/sub&gt; &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt;)&lt;/p&gt;&lt;p&gt;Contar solamente (MLE) da 0 a todo n-grama que falte en el corpus, y un solo 0 hace imposible una oración entera: la &lt;b&gt;perplejidad&lt;/b&gt; sobre las oraciones reservadas es infinita. El &lt;b&gt;suavizado&lt;/b&gt; (add-k, interpolación, Kneser–Ney) pasa un poco de probabilidad a lo no visto. Los órdenes más altos recuerdan más, pero sin suavizado sobreajustan.&lt;/p&gt;&lt;p&gt;Las oraciones van entre &amp;lt;s&amp;gt; … &amp;lt;/s&amp;gt;; el muestreo saca palabra tras palabra hasta &amp;lt;/s&amp;gt;.&lt;/p&gt;&lt;p&gt;El ejemplo entrena un trigrama con el corpus de muestra y pregunta qué sigue a “el señorial chalet se encontraba a la izquierda de la”.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="145"/>
        <source>Load a corpus first (File ▸ Import, or the sample corpora).</source>
        <translation>Primero cargue un corpus (Archivo ▸ Importar, o los corpus de muestra).</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="156"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="167"/>
        <source>Trained in %1 s: %2 sentences counted, %3 held out.</source>
        <translation>Entrenado en %1 s: %2 oraciones contadas, %3 reservadas.</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="176"/>
        <source>Training cancelled: nothing was added.</source>
        <translation>Entrenamiento cancelado: no se agregó nada.</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="178"/>
        <source>Training failed: %1</source>
        <translation>El entrenamiento falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="196"/>
        <source>The table needs the sentences a model was trained on: train a model in this session.</source>
        <translation>La tabla necesita las oraciones con las que se entrenó un modelo: entrene un modelo en esta sesión.</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="207"/>
        <source>Training and measuring 30 models…</source>
        <translation>Entrenando y midiendo 30 modelos…</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="208"/>
        <source>Perplexity table</source>
        <translation>Tabla de perplejidad</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="218"/>
        <source>Measured on %1 held-out sentences (%2 tokens, &lt;/s&gt; included); OOV rate %3 %. MLE is ∞ as soon as one held-out word or n-gram was never counted; smoothing keeps every model finite. Longer n-grams are seen fewer times, so higher orders need more smoothing. Stupid backoff gives scores, not probabilities: compare it with care. The best model is highlighted.</source>
        <translation>Medida en %1 oraciones reservadas (%2 tokens, &lt;/s&gt; incluido); tasa OOV %3 %. MLE da ∞ apenas una palabra o un n-grama reservado nunca se contó; el suavizado mantiene finitos todos los modelos. Los n-gramas más largos se ven menos veces, así que los órdenes más altos necesitan más suavizado. Stupid backoff da puntajes, no probabilidades: compárelo con cuidado. El mejor modelo aparece resaltado.</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="228"/>
        <source>Table cancelled.</source>
        <translation>Tabla cancelada.</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="230"/>
        <source>The table could not be computed: %1</source>
        <translation>No se pudo calcular la tabla: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="266"/>
        <source>&lt;p&gt;No n-gram model yet. Choose a corpus, an order and a smoothing method on the left and press &lt;b&gt;Train&lt;/b&gt;, or press the lesson&apos;s example button.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todavía no hay un modelo de n-gramas. Elija un corpus, un orden y un método de suavizado a la izquierda y pulse &lt;b&gt;Entrenar&lt;/b&gt;, o pulse el botón del ejemplo de la lección.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="278"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="280"/>
        <source>Vocabulary %1 words (&amp;lt;unk&amp;gt;, &amp;lt;s&amp;gt;, &amp;lt;/s&amp;gt; included); %2 training tokens; distinct n-grams: %3.</source>
        <translation>Vocabulario de %1 palabras (&amp;lt;unk&amp;gt;, &amp;lt;s&amp;gt;, &amp;lt;/s&amp;gt; incluidas); %2 tokens de entrenamiento; n-gramas distintos: %3.</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="288"/>
        <source>Held-out perplexity &lt;b&gt;%1&lt;/b&gt; (cross-entropy %2 bits per token), OOV rate %3 %.</source>
        <translation>Perplejidad en las oraciones reservadas &lt;b&gt;%1&lt;/b&gt; (entropía cruzada %2 bits por token), tasa OOV %3 %.</translation>
    </message>
    <message>
        <location filename="../ui/panels/NgramPanel.cpp" line="297"/>
        <source>Interpolation weights: %1</source>
        <translation>Pesos de interpolación: %1</translation>
    </message>
</context>
<context>
    <name>NgramSettingsForm</name>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="126"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="127"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="128"/>
        <source>Model shown</source>
        <translation>Modelo mostrado</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="129"/>
        <source>&amp;Corpus:</source>
        <translation>&amp;Corpus:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="130"/>
        <source>The sentences to count: a processed corpus as it is, a raw corpus split into sentences and lower-case words</source>
        <translation>Las oraciones a contar: un corpus procesado tal cual, o un corpus sin procesar dividido en oraciones y palabras en minúsculas</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="132"/>
        <source>&lt;small&gt;One sentence in ten (the 10th, 20th, …) is held out; those sentences measure the perplexity and tune the interpolation weights.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Se reserva una oración de cada diez (la 10.ª, la 20.ª, …); esas oraciones miden la perplejidad y ajustan los pesos de interpolación.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="134"/>
        <source>&amp;Order n:</source>
        <translation>&amp;Orden n:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="135"/>
        <source>How many words an n-gram has: the model looks at the n − 1 words before</source>
        <translation>Cuántas palabras tiene un n-grama: el modelo mira las n − 1 palabras anteriores</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="136"/>
        <source>&amp;Smoothing:</source>
        <translation>&amp;Suavizado:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="137"/>
        <source>How counts become probabilities, and what an unseen n-gram gets</source>
        <translation>Cómo los conteos se vuelven probabilidades, y qué recibe un n-grama no visto</translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation type="vanished">&amp;k:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="138"/>
        <source>Add-k: k is added to every count (k = 1 is Laplace)</source>
        <translation>Add-k: se suma k a cada conteo (k = 1 es Laplace)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="138"/>
        <source>&amp;Value of k:</source>
        <translation>&amp;Valor de k:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="139"/>
        <source>&amp;Discount D:</source>
        <translation>&amp;Descuento D:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="140"/>
        <source>Kneser–Ney: subtracted from every seen count and given to the shorter context</source>
        <translation>Kneser–Ney: se resta de cada conteo visto y se le da al contexto más corto</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="141"/>
        <source>&amp;Min. count:</source>
        <translation>Frec. &amp;mínima:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="142"/>
        <source>Words seen fewer times become &lt;unk&gt;, so the model learns what unknown words do</source>
        <translation>Las palabras vistas menos veces se vuelven &lt;unk&gt;, así el modelo aprende qué hacen las palabras desconocidas</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="146"/>
        <source>T&amp;rain</source>
        <translation>E&amp;ntrenar</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="147"/>
        <source>Counts the n-grams of the corpus (Ctrl+T)</source>
        <translation>Cuenta los n-gramas del corpus (Ctrl+T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="150"/>
        <source>The n-gram model of the workspace that the views use</source>
        <translation>El modelo de n-gramas del espacio de trabajo que usan las vistas</translation>
    </message>
    <message>
        <source>%1 (processed)</source>
        <translation type="vanished">%1 (procesado)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/NgramSettingsForm.cpp" line="177"/>
        <source>(none yet: train one)</source>
        <translation>(ninguno todavía: entrene uno)</translation>
    </message>
</context>
<context>
    <name>NgramTraining</name>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="41"/>
        <source>Maximum likelihood (MLE, no smoothing)</source>
        <translation>Máxima verosimilitud (MLE, sin suavizado)</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="42"/>
        <source>Add-k (Laplace at k = 1)</source>
        <translation>Add-k (Laplace con k = 1)</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="43"/>
        <source>Linear interpolation</source>
        <translation>Interpolación lineal</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="44"/>
        <location filename="../ui/NgramTraining.cpp" line="57"/>
        <source>Stupid backoff</source>
        <translation>Stupid backoff</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="45"/>
        <location filename="../ui/NgramTraining.cpp" line="58"/>
        <source>Kneser–Ney</source>
        <translation>Kneser–Ney</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="46"/>
        <source>Modified Kneser–Ney</source>
        <translation>Kneser–Ney modificado</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="54"/>
        <source>MLE</source>
        <translation>MLE</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="55"/>
        <source>Add-k</source>
        <translation>Add-k</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="56"/>
        <source>Interpolation</source>
        <translation>Interpolación</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="59"/>
        <source>Modified KN</source>
        <translation>KN modificado</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="67"/>
        <source>Unigram</source>
        <translation>Unigrama</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="68"/>
        <source>Bigram</source>
        <translation>Bigrama</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="69"/>
        <source>Trigram</source>
        <translation>Trigrama</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="70"/>
        <source>%1-gram</source>
        <translation>%1-grama</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="83"/>
        <source>%1, %2, %3 words, %4 n-grams, on %5</source>
        <translation>%1, %2, %3 palabras, %4 n-gramas, con %5</translation>
    </message>
    <message>
        <location filename="../ui/NgramTraining.cpp" line="91"/>
        <source>Training a %1 model on %2</source>
        <translation>Entrenando un %1 con %2</translation>
    </message>
</context>
<context>
    <name>NoModelPage</name>
    <message>
        <location filename="../ui/panels/generation/NoModelPage.cpp" line="54"/>
        <source>No language model in the workspace</source>
        <translation>No hay ningún modelo de lenguaje en el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/NoModelPage.cpp" line="57"/>
        <source>Generation needs a model that predicts the next token. Train the lecture&apos;s small GPT on the corpus here, train your own in the GPT lesson, or import a GPT-2 checkpoint there.</source>
        <translation>La generación necesita un modelo que prediga el próximo token. Entrene aquí el GPT pequeño de la clase con el corpus, entrene el suyo en la lección GPT o importe allí un checkpoint de GPT-2.</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/NoModelPage.cpp" line="60"/>
        <source>Training the lecture&apos;s model…</source>
        <translation>Entrenando el modelo de la clase…</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/NoModelPage.cpp" line="61"/>
        <source>Train the lecture&apos;s small model</source>
        <translation>Entrenar el modelo pequeño de la clase</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/NoModelPage.cpp" line="62"/>
        <source>Trains a small byte-level BPE and a tiny GPT on the first corpus of the workspace (the sample corpus when there is none)</source>
        <translation>Entrena un BPE a nivel de bytes pequeño y un GPT diminuto con el primer corpus del espacio de trabajo (el corpus de muestra si no hay ninguno)</translation>
    </message>
</context>
<context>
    <name>NormalizationView</name>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="154"/>
        <source>Sentence &amp;1:</source>
        <translation>Oración &amp;1:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="155"/>
        <source>Sentence &amp;2 (another length):</source>
        <translation>Oración &amp;2 (otra longitud):</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="156"/>
        <source>Its words are the tokens; the shorter sentence is padded</source>
        <translation>Sus palabras son los tokens; la oración más corta se completa con relleno</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="158"/>
        <source>&amp;Vectors:</source>
        <translation>&amp;Vectores:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="160"/>
        <source>&amp;D:</source>
        <translation>&amp;D:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="161"/>
        <source>Features of the random word vectors (a GPT brings its own)</source>
        <translation>Características de los vectores aleatorios de palabras (un GPT trae los suyos)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="162"/>
        <source>S&amp;eed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="163"/>
        <source>The same seed gives the same random vectors</source>
        <translation>La misma semilla da los mismos vectores aleatorios</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="164"/>
        <source>Batch norm &amp;counts padding</source>
        <translation>La norm. del batch &amp;cuenta el relleno</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="165"/>
        <source>A batch norm unaware of the padding takes the padding zeros into its means and variances</source>
        <translation>Una normalización del batch que no sabe del relleno incluye los ceros del relleno en sus medias y varianzas</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="167"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="168"/>
        <source>Save the matrices shown as PNG or SVG</source>
        <translation>Guarda las matrices que se muestran como PNG o SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="169"/>
        <source>&lt;b&gt;Layer norm&lt;/b&gt;: each token (row) over its own &lt;i&gt;D&lt;/i&gt; features, (x − μ&lt;sub&gt;token&lt;/sub&gt;) / √(σ²&lt;sub&gt;token&lt;/sub&gt; + ε).&lt;br&gt;&lt;b&gt;Batch norm&lt;/b&gt;: each feature (column) over every token of the batch, (x − μ&lt;sub&gt;feature&lt;/sub&gt;) / √(σ²&lt;sub&gt;feature&lt;/sub&gt; + ε).</source>
        <translation>&lt;b&gt;Normalización de capas&lt;/b&gt;: cada token (fila) sobre sus propias &lt;i&gt;D&lt;/i&gt; características, (x − μ&lt;sub&gt;token&lt;/sub&gt;) / √(σ²&lt;sub&gt;token&lt;/sub&gt; + ε).&lt;br&gt;&lt;b&gt;Normalización del batch&lt;/b&gt;: cada característica (columna) sobre todos los tokens del batch, (x − μ&lt;sub&gt;característica&lt;/sub&gt;) / √(σ²&lt;sub&gt;característica&lt;/sub&gt; + ε).</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="230"/>
        <source>each sentence needs at least one word</source>
        <translation>cada oración necesita al menos una palabra</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="238"/>
        <source>[pad]</source>
        <translation>[pad]</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="262"/>
        <source>Batch &lt;b&gt;X&lt;/b&gt; (%1 × %2)</source>
        <translation>Batch &lt;b&gt;X&lt;/b&gt; (%1 × %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="263"/>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="278"/>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="282"/>
        <source>padding</source>
        <translation>relleno</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="264"/>
        <source>sentence 1, then sentence 2</source>
        <translation>oración 1, oración 2</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="264"/>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="279"/>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="283"/>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="292"/>
        <source>feature</source>
        <translation>característica</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="272"/>
        <source>Layer norm&apos;s μ, σ² per token</source>
        <translation>μ, σ² por token de la norm. de capas</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="273"/>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="291"/>
        <source>μ</source>
        <translation>μ</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="273"/>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="291"/>
        <source>σ²</source>
        <translation>σ²</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="275"/>
        <source>token row</source>
        <translation>fila de token</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="277"/>
        <source>&lt;b&gt;Layer norm&lt;/b&gt;</source>
        <translation>&lt;b&gt;Normalización de capas&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="281"/>
        <source>&lt;b&gt;Batch norm&lt;/b&gt;</source>
        <translation>&lt;b&gt;Normalización del batch&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="290"/>
        <source>Batch norm&apos;s μ, σ² per feature</source>
        <translation>μ, σ² por característica de la norm. del batch</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="295"/>
        <source>Cannot normalise: %1</source>
        <translation>No se puede normalizar: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="299"/>
        <source>&lt;p&gt;%1 of the %2 rows are padding (hatched). Batch norm&apos;s means and variances (under it) come from %3.&lt;/p&gt;&lt;p&gt;Normalising sentence 1 alone instead of in this batch changes its values by up to &lt;b&gt;%4&lt;/b&gt; with batch norm (padding counted) and by &lt;b&gt;%5&lt;/b&gt; with layer norm: layer norm never looks at the other sentence or at the padding.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 de las %2 filas son relleno (rayadas). Las medias y varianzas de la normalización del batch (debajo) salen de %3.&lt;/p&gt;&lt;p&gt;Normalizar la oración 1 sola, en lugar de en este batch, cambia sus valores hasta &lt;b&gt;%4&lt;/b&gt; con la normalización del batch (contando el relleno) y &lt;b&gt;%5&lt;/b&gt; con la normalización de capas: la normalización de capas nunca mira la otra oración ni el relleno.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="306"/>
        <source>every row, padding zeros included</source>
        <translation>todas las filas, incluidos los ceros del relleno</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/NormalizationView.cpp" line="307"/>
        <source>the real tokens only</source>
        <translation>solo los tokens reales</translation>
    </message>
</context>
<context>
    <name>PerplexityTableView</name>
    <message>
        <location filename="../ui/panels/ngram/PerplexityTableView.cpp" line="61"/>
        <source>Perplexity on the held-out sentences (lower is better)</source>
        <translation>Perplejidad en las oraciones reservadas (menor es mejor)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/PerplexityTableView.cpp" line="62"/>
        <source>Compute &amp;table</source>
        <translation>Calcular &amp;tabla</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/PerplexityTableView.cpp" line="63"/>
        <source>Trains every order (1–5) with every smoothing method on the same sentences and measures each on the held-out sentences (one in ten)</source>
        <translation>Entrena cada orden (1–5) con cada método de suavizado sobre las mismas oraciones y mide cada uno en las oraciones reservadas (una de cada diez)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/PerplexityTableView.cpp" line="124"/>
        <source>%1, %2: perplexity %3 over %4 held-out tokens (%5 unknown)</source>
        <translation>%1, %2: perplejidad %3 sobre %4 tokens reservados (%5 desconocidos)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ngram/PerplexityTableView.cpp" line="132"/>
        <source>%n held-out token(s) got probability 0: log 0 = −∞, so the perplexity is infinite</source>
        <translation>
            <numerusform>%n token reservado recibió probabilidad 0: log 0 = −∞, así que la perplejidad es infinita</numerusform>
            <numerusform>%n tokens reservados recibieron probabilidad 0: log 0 = −∞, así que la perplejidad es infinita</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/PerplexityTableView.cpp" line="137"/>
        <source>Stupid backoff gives scores, not probabilities: its “perplexity” is only for comparison</source>
        <translation>Stupid backoff da puntajes, no probabilidades: su “perplejidad” sirve solo para comparar</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/PerplexityTableView.cpp" line="180"/>
        <source>Smoothing</source>
        <translation>Suavizado</translation>
    </message>
</context>
<context>
    <name>PositionalEncodingView</name>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="173"/>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="187"/>
        <source>Sinusoidal (lecture)</source>
        <translation>Sinusoidal (la clase)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="176"/>
        <source>Learned: wpe of %1</source>
        <translation>Aprendida: wpe de %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="186"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="188"/>
        <source>The fixed sinusoids, or the position vectors a GPT of the workspace learned (wpe)</source>
        <translation>Las sinusoides fijas, o los vectores de posición que aprendió un GPT del espacio de trabajo (wpe)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="190"/>
        <source>How many positions n (rows) to draw</source>
        <translation>Cuántas posiciones n (filas) se dibujan</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="191"/>
        <source>The embedding dimension D (columns)</source>
        <translation>La dimensión del embedding D (columnas)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="192"/>
        <source>The base L of the wavelengths: 10, 100, 1 000, 10 000 (the paper&apos;s) or 100 000</source>
        <translation>La base L de las longitudes de onda: 10, 100, 1000, 10 000 (la del artículo) o 100 000</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="194"/>
        <source>&amp;Sentences:</source>
        <translation>&amp;Oraciones:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="195"/>
        <source>Se&amp;cond:</source>
        <translation>Se&amp;gunda:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="196"/>
        <source>The same words in another order</source>
        <translation>Las mismas palabras en otro orden</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="197"/>
        <source>E&amp;xport picture…</source>
        <translation>E&amp;xportar imagen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="199"/>
        <source>Save the heatmap and the comparison as PNG or SVG</source>
        <translation>Guarda el mapa de calor y la comparación como PNG o SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="200"/>
        <source>Export &amp;table…</source>
        <translation>Exportar &amp;tabla…</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="201"/>
        <source>Save the comparison of the two sentences as CSV</source>
        <translation>Guarda la comparación de las dos oraciones como CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="202"/>
        <source>&lt;b&gt;Why order needs positions&lt;/b&gt;: each word&apos;s vector in the first sentence against the same word in the second (cosine; 1 = identical)</source>
        <translation>&lt;b&gt;Por qué el orden necesita posiciones&lt;/b&gt;: el vector de cada palabra de la primera oración frente a la misma palabra en la segunda (coseno; 1 = idénticos)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="205"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="205"/>
        <source>n (1st)</source>
        <translation>n (1.ª)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="205"/>
        <source>n (2nd)</source>
        <translation>n (2.ª)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="205"/>
        <source>cos x</source>
        <translation>cos x</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="206"/>
        <source>cos (x + r)</source>
        <translation>cos (x + r)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="207"/>
        <source>Without positions: the same word is the same vector</source>
        <translation>Sin posiciones: la misma palabra es el mismo vector</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="209"/>
        <source>With positions: x + r at position n in one sentence and m in the other</source>
        <translation>Con posiciones: x + r en la posición n en una oración y m en la otra</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="210"/>
        <source>x̃ = x + r,&amp;nbsp; r&lt;sub&gt;&lt;i&gt;ni&lt;/i&gt;&lt;/sub&gt; = sin(&lt;i&gt;n&lt;/i&gt; / &lt;i&gt;L&lt;/i&gt;&lt;sup&gt;&lt;i&gt;i&lt;/i&gt;/&lt;i&gt;D&lt;/i&gt;&lt;/sup&gt;) for even &lt;i&gt;i&lt;/i&gt;, cos(&lt;i&gt;n&lt;/i&gt; / &lt;i&gt;L&lt;/i&gt;&lt;sup&gt;(&lt;i&gt;i&lt;/i&gt;−1)/&lt;i&gt;D&lt;/i&gt;&lt;/sup&gt;) for odd &lt;i&gt;i&lt;/i&gt; (counted from 0)</source>
        <translation>x̃ = x + r,&amp;nbsp; r&lt;sub&gt;&lt;i&gt;ni&lt;/i&gt;&lt;/sub&gt; = sin(&lt;i&gt;n&lt;/i&gt; / &lt;i&gt;L&lt;/i&gt;&lt;sup&gt;&lt;i&gt;i&lt;/i&gt;/&lt;i&gt;D&lt;/i&gt;&lt;/sup&gt;) para &lt;i&gt;i&lt;/i&gt; par, cos(&lt;i&gt;n&lt;/i&gt; / &lt;i&gt;L&lt;/i&gt;&lt;sup&gt;(&lt;i&gt;i&lt;/i&gt;−1)/&lt;i&gt;D&lt;/i&gt;&lt;/sup&gt;) para &lt;i&gt;i&lt;/i&gt; impar (contando desde 0)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="288"/>
        <source>&amp;Positions N: %1</source>
        <translation>&amp;Posiciones N: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="304"/>
        <source>&amp;Dimensions D: %1</source>
        <translation>&amp;Dimensiones D: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="305"/>
        <source>&amp;Base L: (learned, none)</source>
        <translation>&amp;Base L: (aprendida, ninguna)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="306"/>
        <source>&amp;Base L: %1</source>
        <translation>&amp;Base L: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="321"/>
        <source>Learned positions of “%1”: wpe (%2 × %3)</source>
        <translation>Posiciones aprendidas de “%1”: wpe (%2 × %3)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="325"/>
        <source>Sinusoidal positions r (%1 × %2), L = %3</source>
        <translation>Posiciones sinusoidales r (%1 × %2), L = %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="332"/>
        <source>position n</source>
        <translation>posición n</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="332"/>
        <source>dimension i</source>
        <translation>dimensión i</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="363"/>
        <source>Cannot compare: %1</source>
        <translation>No se puede comparar: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="367"/>
        <source>Type two sentences to compare.</source>
        <translation>Escriba dos oraciones para compararlas.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/PositionalEncodingView.cpp" line="371"/>
        <source>Bag of embeddings Σx: the two sums differ by %1, the same bag of words.&lt;br&gt;After self-attention softmax(&lt;b&gt;X̃X̃&lt;/b&gt;ᵀ)&lt;b&gt;X̃&lt;/b&gt;, a word against itself in the other sentence (mean cosine): &lt;b&gt;%2&lt;/b&gt; without positions, &lt;b&gt;%3&lt;/b&gt; with x̃ = x + r.&lt;br&gt;&lt;small&gt;Random word vectors of dimension %4: the same word, the same vector.&lt;/small&gt;</source>
        <translation>Bolsa de embeddings Σx: las dos sumas difieren en %1, la misma bolsa de palabras.&lt;br&gt;Después de la autoatención softmax(&lt;b&gt;X̃X̃&lt;/b&gt;ᵀ)&lt;b&gt;X̃&lt;/b&gt;, una palabra frente a sí misma en la otra oración (coseno medio): &lt;b&gt;%2&lt;/b&gt; sin posiciones, &lt;b&gt;%3&lt;/b&gt; con x̃ = x + r.&lt;br&gt;&lt;small&gt;Vectores aleatorios de palabras de dimensión %4: la misma palabra, el mismo vector.&lt;/small&gt;</translation>
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
    <name>ProbabilityBars</name>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="34"/>
        <source>kept</source>
        <translation>conservado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="36"/>
        <source>cut by top-k</source>
        <translation>cortado por top-k</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="38"/>
        <source>cut by top-p</source>
        <translation>cortado por top-p</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="40"/>
        <source>not the most probable (greedy)</source>
        <translation>no es el más probable (voraz)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="53"/>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="196"/>
        <source>Model (T = 1)</source>
        <translation>Modelo (T = 1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="54"/>
        <source>After temperature and truncation</source>
        <translation>Tras temperatura y truncamiento</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="192"/>
        <source>id %1, rank %2</source>
        <translation>id %1, rango %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="197"/>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="397"/>
        <source>After temperature</source>
        <translation>Después de la temperatura</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="198"/>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="397"/>
        <source>After truncation</source>
        <translation>Después del truncamiento</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="199"/>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="398"/>
        <source>Cumulative</source>
        <translation>Acumulada</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="200"/>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="398"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="203"/>
        <source>Click to append this token</source>
        <translation>Haga clic para agregar este token</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="248"/>
        <source>Next token</source>
        <translation>Próximo token</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="383"/>
        <source>Export picture (PNG/SVG)…</source>
        <translation>Exportar imagen (PNG/SVG)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="385"/>
        <source>Export table (CSV)…</source>
        <translation>Exportar tabla (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="396"/>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="396"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="396"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ProbabilityBars.cpp" line="397"/>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
</context>
<context>
    <name>ProjectionComputation</name>
    <message>
        <location filename="../ui/ProjectionComputation.cpp" line="100"/>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <location filename="../ui/ProjectionComputation.cpp" line="102"/>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <location filename="../ui/ProjectionComputation.cpp" line="104"/>
        <source>UMAP</source>
        <translation>UMAP</translation>
    </message>
</context>
<context>
    <name>ProjectionForm</name>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="145"/>
        <source>&amp;Draw:</source>
        <translation>&amp;Dibujar:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="145"/>
        <source>&amp;Vectors:</source>
        <translation>&amp;Vectores:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="145"/>
        <source>C&amp;orpus:</source>
        <translation>C&amp;orpus:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="145"/>
        <source>&amp;Top words:</source>
        <translation>Más &amp;frecuentes:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="145"/>
        <source>&amp;Or these words:</source>
        <translation>&amp;O estas palabras:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="146"/>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="146"/>
        <source>Perplexity:</source>
        <translation>Perplejidad:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="146"/>
        <source>Learning rate:</source>
        <translation>Tasa de aprendizaje:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="146"/>
        <source>Iterations:</source>
        <translation>Iteraciones:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="147"/>
        <source>Early exaggeration:</source>
        <translation>Exageración inicial:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="147"/>
        <source>Neighbours:</source>
        <translation>Vecinos:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="147"/>
        <source>Minimum distance:</source>
        <translation>Distancia mínima:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="147"/>
        <source>Epochs:</source>
        <translation>Épocas:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="148"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="148"/>
        <source>&amp;Colour by:</source>
        <translation>&amp;Colorear según:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="148"/>
        <source>C&amp;lusters:</source>
        <translation>&amp;Grupos:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="148"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="151"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="152"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="153"/>
        <source>Words of a set of vectors, or the documents of a corpus (TF-IDF reduced by SVD)</source>
        <translation>Las palabras de un conjunto de vectores, o los documentos de un corpus (TF-IDF reducido con SVD)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="154"/>
        <source>The word vectors to draw (train them in the Embeddings lesson, or import a file)</source>
        <translation>Los vectores de palabras que se dibujan (entrénelos en la lección Embeddings de palabras o importe un archivo)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="155"/>
        <source>Each document becomes a point: its TF-IDF weights reduced to 100 dimensions by a truncated SVD</source>
        <translation>Cada documento se vuelve un punto: sus pesos TF-IDF reducidos a 100 dimensiones con una SVD truncada</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="156"/>
        <source>Import a vector file…</source>
        <translation>Importar un archivo de vectores…</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="157"/>
        <source>word2vec text or binary, GloVe or fastText .vec; added to the workspace</source>
        <translation>word2vec en texto o binario, GloVe o fastText .vec; se agrega al espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="158"/>
        <source>The most frequent words of the vectors (a file sorted by frequency)</source>
        <translation>Las palabras más frecuentes de los vectores (de un archivo, las primeras: se supone ordenado por frecuencia)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="159"/>
        <source>casa, escuela, zapatería…</source>
        <translation>casa, escuela, zapatería…</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="160"/>
        <source>A list of words to draw instead of the top words</source>
        <translation>Una lista de palabras para dibujar en lugar de las más frecuentes</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="161"/>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="162"/>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="166"/>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="163"/>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="172"/>
        <source>UMAP</source>
        <translation>UMAP</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="164"/>
        <source>PCA keeps the directions of largest variance (global shape); t-SNE and UMAP keep who is near whom (local neighbourhoods)</source>
        <translation>PCA conserva las direcciones de mayor varianza (la forma global); t-SNE y UMAP conservan quién está cerca de quién (los vecindarios locales)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="167"/>
        <source>The effective number of neighbours each point tries to keep; must be below the number of points</source>
        <translation>El número efectivo de vecinos que cada punto intenta conservar; debe ser menor que el número de puntos</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="168"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="169"/>
        <source>Step size of the gradient descent; auto = max(N / exaggeration / 4, 50)</source>
        <translation>Tamaño del paso del descenso por gradiente; auto = max(N / exageración / 4, 50)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="170"/>
        <source>Gradient steps in total</source>
        <translation>Pasos de gradiente en total</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="171"/>
        <source>Attractions are multiplied by this during the first 250 steps, so clusters form early</source>
        <translation>Las atracciones se multiplican por este valor durante los primeros 250 pasos, para que los grupos se formen pronto</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="173"/>
        <source>Size of the neighbourhood graph: small keeps local detail, large the global shape</source>
        <translation>Tamaño del grafo de vecinos: pequeño conserva el detalle local; grande, la forma global</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="174"/>
        <source>How tightly points may be packed in 2-D</source>
        <translation>Cuán apretados pueden quedar los puntos en 2D</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="175"/>
        <source>Optimisation passes over the graph</source>
        <translation>Pasadas de optimización sobre el grafo</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="176"/>
        <source>Random seed of t-SNE, UMAP and k-means: the same seed gives the same picture</source>
        <translation>Semilla aleatoria de t-SNE, UMAP y k-means: la misma semilla da la misma imagen</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="198"/>
        <source>Frequency (log)</source>
        <translation>Frecuencia (log)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="198"/>
        <source>Length (log)</source>
        <translation>Longitud (log)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="178"/>
        <source>Cluster (k-means)</source>
        <translation>Grupo (k-means)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="179"/>
        <source>Document label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="180"/>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="181"/>
        <source>Clusters are found by k-means on the original vectors, not on the picture</source>
        <translation>Los grupos se buscan con k-means en los vectores originales, no en la imagen</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="182"/>
        <source>Follow training</source>
        <translation>Seguir el entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="183"/>
        <source>While word2vec trains in the Embeddings lesson, re-project after every epoch</source>
        <translation>Mientras word2vec entrena en la lección Embeddings de palabras, volver a proyectar después de cada época</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="184"/>
        <source>&amp;Project</source>
        <translation>&amp;Proyectar</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="185"/>
        <source>Compute the layout (Ctrl+Enter)</source>
        <translation>Calcular la proyección (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="186"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="187"/>
        <source>a word, then Enter</source>
        <translation>palabra y Enter</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="188"/>
        <source>Highlights the word and centres the picture on it</source>
        <translation>Resalta la palabra y centra la imagen en ella</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="189"/>
        <source>Picture…</source>
        <translation>Imagen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="190"/>
        <source>Save the picture as PNG or SVG</source>
        <translation>Guardar la imagen como PNG o SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="191"/>
        <source>Coordinates…</source>
        <translation>Coordenadas…</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionForm.cpp" line="192"/>
        <source>Save word, x, y as CSV</source>
        <translation>Guardar palabra, x, y como CSV</translation>
    </message>
</context>
<context>
    <name>ProjectionLessonText</name>
    <message>
        <location filename="../ui/panels/projection/ProjectionLessonText.cpp" line="5"/>
        <source>&lt;p&gt;&lt;b&gt;How were the words drawn in 2-D?&lt;/b&gt; Each word is a vector of 50–300 numbers; a screen has two. A projection chooses 2-D points whose arrangement keeps part of the geometry, never all of it.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;PCA&lt;/b&gt;: the two directions of largest variance, a linear view (distances along them are kept, neighbours often are not).&lt;/li&gt;&lt;li&gt;&lt;b&gt;t-SNE&lt;/b&gt;: turns distances into neighbour probabilities p&lt;sub&gt;j|i&lt;/sub&gt; ∝ exp(−‖x&lt;sub&gt;i&lt;/sub&gt;−x&lt;sub&gt;j&lt;/sub&gt;‖²/2σ&lt;sub&gt;i&lt;/sub&gt;²) (σ set by the perplexity) and moves the 2-D points so that the Student-t probabilities q&lt;sub&gt;ij&lt;/sub&gt; ∝ (1+‖y&lt;sub&gt;i&lt;/sub&gt;−y&lt;sub&gt;j&lt;/sub&gt;‖²)&lt;sup&gt;−1&lt;/sup&gt; match, minimising KL(P‖Q). Keeps neighbourhoods; sizes of clusters and distances between them mean little.&lt;/li&gt;&lt;li&gt;&lt;b&gt;UMAP&lt;/b&gt;: a fuzzy k-neighbour graph laid out by attraction and repulsion; keeps neighbourhoods and more of the global shape, faster.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hover a word: its neighbours by cosine and in the picture side by side. The lecture example trains word2vec on the Spanish sample and shows &lt;i&gt;casa, escuela, zapatería&lt;/i&gt; near each other.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;¿Cómo se dibujaron las palabras en 2D?&lt;/b&gt; Cada palabra es un vector de 50–300 números; una pantalla tiene dos. Una proyección elige puntos en 2D cuya disposición conserva parte de la geometría, nunca toda.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;PCA&lt;/b&gt;: las dos direcciones de mayor varianza, una vista lineal (se conservan las distancias a lo largo de ellas; los vecinos, a menudo no).&lt;/li&gt;&lt;li&gt;&lt;b&gt;t-SNE&lt;/b&gt;: convierte las distancias en probabilidades de vecindad p&lt;sub&gt;j|i&lt;/sub&gt; ∝ exp(−‖x&lt;sub&gt;i&lt;/sub&gt;−x&lt;sub&gt;j&lt;/sub&gt;‖²/2σ&lt;sub&gt;i&lt;/sub&gt;²) (σ la fija la perplejidad) y mueve los puntos en 2D para que las probabilidades t de Student q&lt;sub&gt;ij&lt;/sub&gt; ∝ (1+‖y&lt;sub&gt;i&lt;/sub&gt;−y&lt;sub&gt;j&lt;/sub&gt;‖²)&lt;sup&gt;−1&lt;/sup&gt; coincidan, minimizando KL(P‖Q). Conserva los vecindarios; el tamaño de los grupos y las distancias entre ellos significan poco.&lt;/li&gt;&lt;li&gt;&lt;b&gt;UMAP&lt;/b&gt;: un grafo difuso de k vecinos dispuesto por atracción y repulsión; conserva los vecindarios y más de la forma global, y es más rápido.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Pase el cursor sobre una palabra: sus vecinos por coseno y en la imagen, lado a lado. El ejemplo de la clase entrena word2vec con la muestra en español y muestra &lt;i&gt;casa, escuela, zapatería&lt;/i&gt; cerca entre sí.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/projection/ProjectionLessonText.cpp" line="25"/>
        <source>&lt;p&gt;&lt;b&gt;Trustworthiness&lt;/b&gt; (0–1): are the points that look close in the picture really close in the original space? Penalises intruders by how far they really are.&lt;/p&gt;&lt;p&gt;&lt;b&gt;k-NN recall&lt;/b&gt;: the share of each word&apos;s k nearest neighbours (cosine) that are also among its k nearest in the picture.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Confiabilidad&lt;/b&gt; (0–1): ¿los puntos que se ven cerca en la imagen están realmente cerca en el espacio original? Penaliza a los intrusos según cuán lejos están en realidad.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Recall k-NN&lt;/b&gt;: la proporción de los k vecinos más cercanos (por coseno) de cada palabra que también están entre sus k más cercanos en la imagen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ProjectionPanel</name>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="148"/>
        <source>Projection: words in 2-D</source>
        <translation>Proyección: palabras en 2D</translation>
    </message>
    <message>
        <source>No word vectors yet. Train some in the Embeddings lesson, import a vector file, or press “Load the lecture example”.</source>
        <translation type="vanished">Todavía no hay vectores de palabras. Entrene algunos en la lección Embeddings de palabras, importe un archivo de vectores o pulse “Cargar el ejemplo de la clase”.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="155"/>
        <source>No word vectors yet. Train some in the Embeddings lesson, import a vector file, or press “Load the lecture&apos;s example”.</source>
        <translation>Todavía no hay vectores de palabras. Entrene algunos en la lección Embeddings de palabras, importe un archivo de vectores o pulse “Cargar el ejemplo de la clase”.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="157"/>
        <source>Press “Project” to draw the words in 2-D.</source>
        <translation>Pulse “Proyectar” para dibujar las palabras en 2D.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="182"/>
        <source>No word vectors to project: train some in the Embeddings lesson or import a file.</source>
        <translation>No hay vectores de palabras para proyectar: entrene algunos en la lección Embeddings de palabras o importe un archivo.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="193"/>
        <source>Load a corpus first (File ▸ Import, or the sample corpora).</source>
        <translation>Primero cargue un corpus (Archivo ▸ Importar, o los corpus de muestra).</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="198"/>
        <source>Turning the documents of “%1” into vectors…</source>
        <translation>Convirtiendo en vectores los documentos de “%1”…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="199"/>
        <source>Document vectors of %1</source>
        <translation>Vectores de documentos de %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="205"/>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="362"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="273"/>
        <source>At least 3 words are needed (not found: %1).</source>
        <translation>Se necesitan al menos 3 palabras (no encontradas: %1).</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="303"/>
        <source>Not in the vectors: %1</source>
        <translation>No están en los vectores: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ProjectionPanel.cpp" line="307"/>
        <source>%1 of %n point(s)</source>
        <translation>
            <numerusform>%1 de %n punto</numerusform>
            <numerusform>%1 de %n puntos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="323"/>
        <source>Iteration %1 of %2</source>
        <translation>Iteración %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="332"/>
        <source>Done in %1 s</source>
        <translation>Terminado en %1 s</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="353"/>
        <source>Not among the points: %1</source>
        <translation>No están entre los puntos: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="398"/>
        <source>Quality of the layout</source>
        <translation>Calidad de la proyección</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="416"/>
        <source>Quality of the layout: measuring…</source>
        <translation>Calidad de la proyección: midiendo…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="417"/>
        <source>Trustworthiness %1 · %2-NN recall %3  (1 = every neighbourhood kept)</source>
        <translation>Confiabilidad %1 · recall %2-NN %3  (1 = vecindarios intactos)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="444"/>
        <source>Document length in words (log scale)</source>
        <translation>Longitud del documento en palabras (escala log)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="445"/>
        <source>Frequency (log scale)</source>
        <translation>Frecuencia (escala log.)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="449"/>
        <source>Rank in the file</source>
        <translation>Rango en el archivo</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="449"/>
        <source>rare</source>
        <translation>rara</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="449"/>
        <source>frequent</source>
        <translation>frecuente</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="465"/>
        <source>%1 (%2…)</source>
        <translation>%1 (%2…)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="467"/>
        <source>k-means cluster</source>
        <translation>Grupo de k-means</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="484"/>
        <source>(no label)</source>
        <translation>(sin etiqueta)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="492"/>
        <source>Document label</source>
        <translation>Etiqueta del documento</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="505"/>
        <source>k-means with %1 clusters</source>
        <translation>k-means con %1 grupos</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="552"/>
        <source>“%1” is not among the points shown.</source>
        <translation>“%1” no está entre los puntos mostrados.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="564"/>
        <source>Following %1: epoch %2 of %3</source>
        <translation>Siguiendo %1: época %2 de %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="577"/>
        <source>Save the coordinates</source>
        <translation>Guardar las coordenadas</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="578"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="583"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="583"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="593"/>
        <source>Import word vectors</source>
        <translation>Importar vectores de palabras</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="596"/>
        <source>Importing vectors from %1</source>
        <translation>Importando vectores de %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="629"/>
        <source>Loading the sample corpus…</source>
        <translation>Cargando el corpus de muestra…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="656"/>
        <source>Skip-gram · lecture example</source>
        <translation>Skip-gram · ejemplo de la clase</translation>
    </message>
    <message>
        <location filename="../ui/panels/ProjectionPanel.cpp" line="657"/>
        <source>Training word2vec on “%1” (the Embeddings lesson does this with every knob)…</source>
        <translation>Entrenando word2vec con “%1” (la lección Embeddings de palabras lo hace con todos los controles)…</translation>
    </message>
</context>
<context>
    <name>PromptNotes</name>
    <message>
        <location filename="../ui/panels/generation/PromptNotes.cpp" line="15"/>
        <source>The prompt is empty: the model starts from %1, the start of a sentence, so it writes a sentence from its first word.</source>
        <translation>El prompt está vacío: el modelo empieza en %1, el comienzo de una oración, así que escribe una oración desde su primera palabra.</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/PromptNotes.cpp" line="19"/>
        <source>The prompt is empty: the model starts from %1, the token that separates documents, so it writes the beginning of a text.</source>
        <translation>El prompt está vacío: el modelo parte de %1, el token que separa los documentos, así que escribe el comienzo de un texto.</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/PromptNotes.cpp" line="23"/>
        <source>The prompt is empty and this vocabulary has no start token: type a few words for the model to continue.</source>
        <translation>El prompt está vacío y este vocabulario no tiene token de inicio: escriba algunas palabras para que el modelo las continúe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/generation/PromptNotes.cpp" line="26"/>
        <source>%n token(s) of the prompt are not in the vocabulary and became %1: the model cannot tell what they were.</source>
        <translation>
            <numerusform>%n token del prompt no está en el vocabulario y se convirtió en %1: el modelo no puede saber qué era.</numerusform>
            <numerusform>%n tokens del prompt no están en el vocabulario y se convirtieron en %1: el modelo no puede saber qué eran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/generation/PromptNotes.cpp" line="33"/>
        <source>An n-gram model reads only the last %n word(s) (the Markov assumption): the %1 words before them do not change its prediction.</source>
        <translation>
            <numerusform>Un modelo de n-gramas lee solo %n palabra, la última (la suposición de Markov): las %1 palabras anteriores no cambian su predicción.</numerusform>
            <numerusform>Un modelo de n-gramas lee solo las últimas %n palabras (la suposición de Markov): las %1 palabras anteriores no cambian su predicción.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/PromptNotes.cpp" line="38"/>
        <source>The text has %1 tokens but the model reads at most %2: it sees only the last %2 (a sliding window); the first %3 are ignored.</source>
        <translation>El texto tiene %1 tokens, pero el modelo lee como máximo %2: solo ve los últimos %2 (una ventana deslizante); se ignoran los primeros %3.</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <location filename="../ui/widgets/RunControls.cpp" line="71"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RunControls.cpp" line="72"/>
        <source>Stops the running job</source>
        <translation>Detiene la tarea en curso</translation>
    </message>
</context>
<context>
    <name>SamplingControls</name>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="170"/>
        <source>&amp;Strategy:</source>
        <translation>&amp;Estrategia:</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="171"/>
        <source>Greedy (most probable)</source>
        <translation>Voraz (el más probable)</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="172"/>
        <source>Random sampling</source>
        <translation>Muestreo aleatorio</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="173"/>
        <source>Top-k sampling</source>
        <translation>Muestreo top-k</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="174"/>
        <source>Top-p (nucleus) sampling</source>
        <translation>Muestreo top-p (núcleo)</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="175"/>
        <source>Top-k, then top-p</source>
        <translation>Top-k y luego top-p</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="176"/>
        <source>How the next token is chosen from the model&apos;s probabilities</source>
        <translation>Cómo se elige el próximo token a partir de las probabilidades del modelo</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="177"/>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="179"/>
        <source>Divides the logits before the softmax: below 1 sharpens the distribution, above 1 flattens it; 0 is greedy</source>
        <translation>Divide los logits antes de la softmax: por debajo de 1 afila la distribución, por encima de 1 la aplana; 0 es la decodificación voraz</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="181"/>
        <source>Presets:</source>
        <translation>Ajustes predefinidos:</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="182"/>
        <source>Precise %1</source>
        <translation>Preciso %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="183"/>
        <source>Low temperature (0.2–0.5): deterministic tasks such as summaries, answers, entity extraction</source>
        <translation>Temperatura baja (0.2–0.5): tareas deterministas como resúmenes, respuestas, extracción de entidades</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="185"/>
        <source>Default %1</source>
        <translation>Por defecto %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="186"/>
        <source>Temperature 1: the model&apos;s own distribution, a balance between creativity and realism</source>
        <translation>Temperatura 1: la distribución propia del modelo, un equilibrio entre creatividad y realismo</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="188"/>
        <source>Poetry %1</source>
        <translation>Poesía %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="189"/>
        <source>High temperature (1.2–2): poetry, stories, brainstorming</source>
        <translation>Temperatura alta (1.2–2): poesía, historias, lluvia de ideas</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="190"/>
        <source>Top-&amp;k:</source>
        <translation>Top-&amp;k:</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="191"/>
        <source>Keep only the k most probable tokens, then sample among them</source>
        <translation>Conserva solo los k tokens más probables y luego muestrea entre ellos</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="193"/>
        <source>Top-&amp;p:</source>
        <translation>Top-&amp;p:</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="194"/>
        <source>Keep the most probable tokens until their cumulative probability reaches p (the lecture: 0.95); the rest are cut and the kept ones re-normalised</source>
        <translation>Conserva los tokens más probables hasta que su probabilidad acumulada alcanza p (en la clase: 0.95); el resto se corta y los conservados se renormalizan</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="197"/>
        <source>S&amp;eed:</source>
        <translation>Semi&amp;lla:</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="198"/>
        <source>The same seed, prompt and settings give the same text</source>
        <translation>La misma semilla, el mismo prompt y la misma configuración dan el mismo texto</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="199"/>
        <source>&amp;New tokens:</source>
        <translation>Tokens &amp;nuevos:</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="200"/>
        <source>How many tokens “Generate” adds</source>
        <translation>Cuántos tokens agrega “Generar”</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="308"/>
        <source>Temperature 0: greedy, the most probable token every time.</source>
        <translation>Temperatura 0: voraz, siempre el token más probable.</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/SamplingControls.cpp" line="311"/>
        <source>k ≥ the vocabulary (%1 tokens): every token is kept.</source>
        <translation>k ≥ el vocabulario (%1 tokens): se conservan todos los tokens.</translation>
    </message>
</context>
<context>
    <name>ScatterView</name>
    <message>
        <location filename="../ui/widgets/ScatterView.cpp" line="52"/>
        <source>Wheel: zoom · drag: pan · double click or F: fit · hover a point for its neighbours</source>
        <translation>Rueda: zoom · arrastrar: desplazar · doble clic o F: ajustar · pase el cursor sobre un punto para ver sus vecinos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/ScatterView.cpp" line="407"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentenceSamplesView</name>
    <message>
        <source>&amp;Sentences:</source>
        <translation type="vanished">Or&amp;aciones:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="101"/>
        <source>How many sentences to sample at once</source>
        <translation>Cuántas oraciones muestrear de una vez</translation>
    </message>
    <message>
        <source>&amp;Max. words:</source>
        <translation type="vanished">Má&amp;x. palabras:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="101"/>
        <source>Se&amp;ntences:</source>
        <translation>Or&amp;aciones:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="102"/>
        <source>&lt;p&gt;A sentence that has not reached &amp;lt;/s&amp;gt; by then is cut&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una oración que no llegó a &amp;lt;/s&amp;gt; para entonces se corta&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="102"/>
        <source>Ma&amp;x. words:</source>
        <translation>Má&amp;x. palabras:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="103"/>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="104"/>
        <source>Below 1 the likely words get likelier; above 1 the distribution flattens (0 = greedy)</source>
        <translation>Por debajo de 1 las palabras probables se vuelven más probables; por encima de 1 la distribución se aplana (0 = voraz)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="105"/>
        <source>Top-&amp;k:</source>
        <translation>Top-&amp;k:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="105"/>
        <source>Sample only among the k most probable words (0 = all)</source>
        <translation>Muestrear solo entre las k palabras más probables (0 = todas)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="106"/>
        <source>Top-&amp;p:</source>
        <translation>Top-&amp;p:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="107"/>
        <source>Sample only among the most probable words whose probabilities add up to p (1 = all)</source>
        <translation>Muestrear solo entre las palabras más probables cuyas probabilidades suman p (1 = todas)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="108"/>
        <source>S&amp;eed:</source>
        <translation>Semi&amp;lla:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="108"/>
        <source>The same seed gives the same sentences; sentence i uses seed + i</source>
        <translation>La misma semilla da las mismas oraciones; la oración i usa semilla + i</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="109"/>
        <source>Each sentence starts at &amp;lt;s&amp;gt;: the first word is drawn from P(w | &amp;lt;s&amp;gt;), every next one from P(w | the last n − 1 words), until the model draws &amp;lt;/s&amp;gt;.</source>
        <translation>Cada oración empieza en &amp;lt;s&amp;gt;: la primera palabra se saca de P(w | &amp;lt;s&amp;gt;), cada una de las siguientes de P(w | las últimas n − 1 palabras), hasta que el modelo saca &amp;lt;/s&amp;gt;.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="112"/>
        <source>Sampled sentence</source>
        <translation>Oración muestreada</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="112"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="vanished">Cancela&amp;r</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="158"/>
        <source>&amp;Generate sentences</source>
        <translation>&amp;Generar oraciones</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="158"/>
        <source>Cance&amp;l</source>
        <translation>Cancela&amp;r</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="159"/>
        <source>Stops sampling</source>
        <translation>Detiene el muestreo</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="159"/>
        <source>Samples the sentences as a job (Ctrl+Enter)</source>
        <translation>Muestrea las oraciones como tarea (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="171"/>
        <source>Sampling %n sentence(s)</source>
        <translation>
            <numerusform>Muestreando %n oración</numerusform>
            <numerusform>Muestreando %n oraciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="173"/>
        <source>Sampling…</source>
        <translation>Muestreando…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="192"/>
        <source>%1 of %2 sentences ended with &lt;/s&gt;; the others reached the word limit (…).</source>
        <translation>%1 de %2 oraciones terminaron con &lt;/s&gt;; las demás llegaron al límite de palabras (…).</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="195"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceSamplesView.cpp" line="197"/>
        <source>Sampling failed: %1</source>
        <translation>Falló el muestreo: %1</translation>
    </message>
</context>
<context>
    <name>SentenceScoreView</name>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="81"/>
        <source>S&amp;entence:</source>
        <translation>O&amp;ración:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="82"/>
        <source>&lt;p&gt;A whole sentence: its probability is the product of one factor per word, &amp;lt;/s&amp;gt; included&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una oración entera: su probabilidad es el producto de un factor por palabra, &amp;lt;/s&amp;gt; incluido&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="85"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="85"/>
        <source>Given (context)</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="85"/>
        <source>P(word | context)</source>
        <translation>P(palabra | contexto)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="85"/>
        <source>log₁₀ P</source>
        <translation>log₁₀ P</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="86"/>
        <source>Running product</source>
        <translation>Producto acumulado</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="120"/>
        <source>No n-gram model yet: train one first.</source>
        <translation>Todavía no hay un modelo de n-gramas: primero entrene uno.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="127"/>
        <source>Type a sentence.</source>
        <translation>Escriba una oración.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="133"/>
        <source>&lt;b&gt;Chain rule&lt;/b&gt;, each factor conditioned on the last %n word(s) only:</source>
        <translation>
            <numerusform>&lt;b&gt;Regla de la cadena&lt;/b&gt;, cada factor condicionado solo a %n palabra, la anterior:</numerusform>
            <numerusform>&lt;b&gt;Regla de la cadena&lt;/b&gt;, cada factor condicionado solo a las últimas %n palabras:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="145"/>
        <source>%1 (“%2” unknown)</source>
        <translation>%1 (“%2” desconocida)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="165"/>
        <source>P(sentence) = 0: a factor is 0 (an n-gram the model never saw, and MLE does not smooth), so log P = −∞ and the perplexity is infinite.</source>
        <translation>P(oración) = 0: un factor es 0 (un n-grama que el modelo nunca vio, y MLE no suaviza), así que log P = −∞ y la perplejidad es infinita.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="169"/>
        <source>P(sentence) = 10&lt;sup&gt;%1&lt;/sup&gt; = %2 &amp;nbsp;·&amp;nbsp; log₁₀ P = %1 &amp;nbsp;·&amp;nbsp; perplexity over %3 tokens = %4</source>
        <translation>P(oración) = 10&lt;sup&gt;%1&lt;/sup&gt; = %2 &amp;nbsp;·&amp;nbsp; log₁₀ P = %1 &amp;nbsp;·&amp;nbsp; perplejidad sobre %3 tokens = %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ngram/SentenceScoreView.cpp" line="176"/>
        <source>%n word(s) not in the vocabulary are scored as &lt;unk&gt;.</source>
        <translation>
            <numerusform>%n palabra fuera del vocabulario se puntúa como &lt;unk&gt;.</numerusform>
            <numerusform>%n palabras fuera del vocabulario se puntúan como &lt;unk&gt;.</numerusform>
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
    <name>StepsView</name>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="36"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="36"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="36"/>
        <source>Chosen by</source>
        <translation>Elegido por</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="36"/>
        <source>p model</source>
        <translation>p modelo</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="37"/>
        <source>p final</source>
        <translation>p final</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="37"/>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="38"/>
        <source>The model&apos;s probability of the token (temperature 1)</source>
        <translation>La probabilidad del token según el modelo (temperatura 1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="39"/>
        <source>Its probability after temperature, top-k and top-p, re-normalised: what the sampler drew from (0 when you chose a cut token)</source>
        <translation>Su probabilidad después de la temperatura, top-k y top-p, renormalizada: de donde sorteó el muestreador (0 cuando usted eligió un token cortado)</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="42"/>
        <source>1 = the most probable token</source>
        <translation>1 = el token más probable</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="69"/>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="72"/>
        <source>Step (sampler)</source>
        <translation>Paso (muestreador)</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StepsView.cpp" line="75"/>
        <source>Generate (sampler)</source>
        <translation>Generar (muestreador)</translation>
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
    <name>StrategyComparison</name>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="34"/>
        <source>Greedy</source>
        <translation>Voraz</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="34"/>
        <source>the most probable token</source>
        <translation>el token más probable</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="35"/>
        <source>Random sampling</source>
        <translation>Muestreo aleatorio</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="35"/>
        <source>T = 1, seed %1</source>
        <translation>T = 1, semilla %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="38"/>
        <source>Top-k sampling</source>
        <translation>Muestreo top-k</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="39"/>
        <source>k = %1, T = 1, seed %2</source>
        <translation>k = %1, T = 1, semilla %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="42"/>
        <source>Top-p sampling</source>
        <translation>Muestreo top-p</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="43"/>
        <source>p = %1, T = 1, seed %2</source>
        <translation>p = %1, T = 1, semilla %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="46"/>
        <source>Top-p, low temperature</source>
        <translation>Top-p, temperatura baja</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="47"/>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="53"/>
        <source>p = %1, T = %2, seed %3</source>
        <translation>p = %1, T = %2, semilla %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparison.cpp" line="52"/>
        <source>Top-p, high temperature</source>
        <translation>Top-p, temperatura alta</translation>
    </message>
</context>
<context>
    <name>StrategyComparisonView</name>
    <message>
        <location filename="../ui/panels/generation/StrategyComparisonView.cpp" line="50"/>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparisonView.cpp" line="50"/>
        <source>Continuation</source>
        <translation>Continuación</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparisonView.cpp" line="50"/>
        <source>Mean p</source>
        <translation>p media</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparisonView.cpp" line="52"/>
        <source>The model&apos;s mean probability (at temperature 1) of the tokens each strategy chose: greedy picks likely tokens, pure sampling also picks unlikely ones</source>
        <translation>La probabilidad media según el modelo (a temperatura 1) de los tokens que eligió cada estrategia: la voraz elige tokens probables; el muestreo puro también elige tokens poco probables</translation>
    </message>
    <message>
        <location filename="../ui/panels/generation/StrategyComparisonView.cpp" line="61"/>
        <source>&lt;b&gt;Prompt:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Prompt:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>TfidfSearchTab</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="vanished">&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="154"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="155"/>
        <source>words to look for, e.g. banco dinero</source>
        <translation>palabras a buscar, p. ej. banco dinero</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="156"/>
        <source>Rank documents</source>
        <translation>Ordenar documentos</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="157"/>
        <source>Ranks the documents by both measures (Enter)</source>
        <translation>Ordena los documentos con ambas medidas (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="158"/>
        <source>TF-IDF cosine</source>
        <translation>Coseno TF-IDF</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="159"/>
        <source>cos(query, document) with both weighted by tf · idf</source>
        <translation>cos(consulta, documento) con ambos ponderados por tf · idf</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="160"/>
        <source>BM25 (k₁ = 1.5, b = 0.75)</source>
        <translation>BM25 (k₁ = 1.5, b = 0.75)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="161"/>
        <source>Okapi BM25: term frequency saturates and long documents are penalised; what search engines use</source>
        <translation>Okapi BM25: la frecuencia del término se satura y los documentos largos se penalizan; es lo que usan los buscadores</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="164"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="164"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="164"/>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="165"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="165"/>
        <source>Count</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="165"/>
        <source>TF-IDF</source>
        <translation>TF-IDF</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="166"/>
        <source>&amp;Formulas for the word:</source>
        <translation>&amp;Fórmulas de la palabra:</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="167"/>
        <source>a word (Enter), or click one on the left</source>
        <translation>una palabra (Enter), o haga clic en una a la izquierda</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="168"/>
        <source>Picture…</source>
        <translation>Imagen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="169"/>
        <source>Saves this view as PNG or SVG</source>
        <translation>Guarda esta vista como PNG o SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="170"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="171"/>
        <source>Saves the top terms of the document as a CSV table</source>
        <translation>Guarda los términos principales del documento como una tabla CSV</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="207"/>
        <source>Searching “%1”</source>
        <translation>Buscando “%1”</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="244"/>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="246"/>
        <source>Nothing counted yet: choose a corpus and press Count.</source>
        <translation>Todavía no se contó nada: elija un corpus y pulse Contar.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="248"/>
        <source>No document contains these words.</source>
        <translation>Ningún documento contiene estas palabras.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="253"/>
        <source>Query words: &lt;b&gt;%1&lt;/b&gt; · %2 documents. Click a document to see its words.</source>
        <translation>Palabras de la consulta: &lt;b&gt;%1&lt;/b&gt; · %2 documentos. Haga clic en un documento para ver sus palabras.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="283"/>
        <source>Top TF-IDF words of a document</source>
        <translation>Palabras con más TF-IDF de un documento</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="288"/>
        <source>Top TF-IDF words of “%1”</source>
        <translation>Palabras con más TF-IDF de “%1”</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="311"/>
        <source>Choose a word to see its tf and idf.</source>
        <translation>Elija una palabra para ver su tf y su idf.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="317"/>
        <source>“%1” is not in the vocabulary.</source>
        <translation>“%1” no está en el vocabulario.</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="328"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;tf = log&lt;sub&gt;10&lt;/sub&gt;(1 + count) = log&lt;sub&gt;10&lt;/sub&gt;(1 + %3) = &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;&lt;p&gt;idf = log&lt;sub&gt;10&lt;/sub&gt;(N / df) = log&lt;sub&gt;10&lt;/sub&gt;(%5 / %6) = &lt;b&gt;%7&lt;/b&gt;&lt;/p&gt;&lt;p&gt;tf · idf = %4 × %7 = &lt;b&gt;%8&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; en &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;tf = log&lt;sub&gt;10&lt;/sub&gt;(1 + conteo) = log&lt;sub&gt;10&lt;/sub&gt;(1 + %3) = &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;&lt;p&gt;idf = log&lt;sub&gt;10&lt;/sub&gt;(N / df) = log&lt;sub&gt;10&lt;/sub&gt;(%5 / %6) = &lt;b&gt;%7&lt;/b&gt;&lt;/p&gt;&lt;p&gt;tf · idf = %4 × %7 = &lt;b&gt;%8&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="337"/>
        <source>&lt;p&gt;The word is in &lt;b&gt;every&lt;/b&gt; document: df = N, so idf = log&lt;sub&gt;10&lt;/sub&gt;(1) = 0 and its weight is 0 everywhere. It tells the documents apart no better than a stop word.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La palabra está en &lt;b&gt;todos&lt;/b&gt; los documentos: df = N, así que idf = log&lt;sub&gt;10&lt;/sub&gt;(1) = 0 y su peso es 0 en todas partes. No distingue los documentos mejor que una palabra vacía.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/cooccurrence/TfidfSearchTab.cpp" line="341"/>
        <source>&lt;p&gt;The word is not in this document: tf = 0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La palabra no está en este documento: tf = 0.&lt;/p&gt;</translation>
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
    <name>TokenLinkView</name>
    <message>
        <location filename="../ui/widgets/TokenLinkView.cpp" line="223"/>
        <source>No tokens to show</source>
        <translation>No hay tokens para mostrar</translation>
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
    <name>ToyAttentionView</name>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="172"/>
        <source>&amp;Sentence:</source>
        <translation>&amp;Oración:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="173"/>
        <source>The words of the sentence are the tokens (rows of X)</source>
        <translation>Las palabras de la oración son los tokens (filas de X)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="174"/>
        <source>&amp;Vectors X:</source>
        <translation>&amp;Vectores X:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="176"/>
        <source>&amp;Dimension d:</source>
        <translation>&amp;Dimensión d:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="177"/>
        <source>Size of the random word vectors (a GPT brings its own)</source>
        <translation>Tamaño de los vectores aleatorios de palabras (un GPT trae los suyos)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="178"/>
        <source>S&amp;eed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="179"/>
        <source>The same seed gives the same random vectors and matrices W</source>
        <translation>La misma semilla da los mismos vectores aleatorios y las mismas matrices W</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="180"/>
        <source>&amp;Causal (j ≤ i)</source>
        <translation>&amp;Causal (j ≤ i)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="181"/>
        <source>Each token only looks at itself and the tokens before it, as in a language model that predicts the next word</source>
        <translation>Cada token solo mira a sí mismo y a los tokens anteriores, como en un modelo de lenguaje que predice la próxima palabra</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="183"/>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="185"/>
        <source>1. Similarities XXᵀ</source>
        <translation>1. Similitudes XXᵀ</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="186"/>
        <source>2. Weights α = softmax(XXᵀ)</source>
        <translation>2. Pesos α = softmax(XXᵀ)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="187"/>
        <source>3. Output Y = αX</source>
        <translation>3. Salida Y = αX</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="188"/>
        <source>4. Q, K, V = XW</source>
        <translation>4. Q, K, V = XW</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="189"/>
        <source>5. Scores QKᵀ/√d</source>
        <translation>5. Puntajes QKᵀ/√d</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="190"/>
        <source>6. Weights α = softmax(QKᵀ/√d)</source>
        <translation>6. Pesos α = softmax(QKᵀ/√d)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="191"/>
        <source>7. Output Y = αV</source>
        <translation>7. Salida Y = αV</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="194"/>
        <source>1 XXᵀ</source>
        <translation>1 XXᵀ</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="194"/>
        <source>2 softmax</source>
        <translation>2 softmax</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="194"/>
        <source>3 αX</source>
        <translation>3 αX</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="194"/>
        <source>4 QKV</source>
        <translation>4 QKV</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="194"/>
        <source>5 QKᵀ</source>
        <translation>5 QKᵀ</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="194"/>
        <source>6 softmax</source>
        <translation>6 softmax</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="195"/>
        <source>7 αV</source>
        <translation>7 αV</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="201"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="202"/>
        <source>The previous step (Ctrl+Page Up)</source>
        <translation>El paso anterior (Ctrl+RePág)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="203"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="204"/>
        <source>The next step (Ctrl+Page Down)</source>
        <translation>El paso siguiente (Ctrl+AvPág)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="205"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="206"/>
        <source>Save the matrices shown as PNG or SVG</source>
        <translation>Guarda las matrices que se muestran como PNG o SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="325"/>
        <source>−∞ (j &gt; i)</source>
        <translation>−∞ (j &gt; i)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="326"/>
        <source>0 (j &gt; i)</source>
        <translation>0 (j &gt; i)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="337"/>
        <source>&lt;b&gt;1.&lt;/b&gt; Similarity of every pair of tokens: S = &lt;b&gt;XX&lt;/b&gt;ᵀ, S&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; = x&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; · x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;. Close vectors mean similar words.</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; Similitud de cada par de tokens: S = &lt;b&gt;XX&lt;/b&gt;ᵀ, S&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; = x&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; · x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;. Vectores cercanos significan palabras parecidas.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="342"/>
        <source>&lt;b&gt;2.&lt;/b&gt; Each row becomes weights that sum to 1: α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; = exp(x&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt;·x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;) / Σ&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt; exp(x&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt;·x&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt;).</source>
        <translation>&lt;b&gt;2.&lt;/b&gt; Cada fila se convierte en pesos que suman 1: α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; = exp(x&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt;·x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;) / Σ&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt; exp(x&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt;·x&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt;).</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="348"/>
        <source>&lt;b&gt;3.&lt;/b&gt; Each token becomes a mix of the tokens it attends to: y&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = Σ&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;, &lt;b&gt;Y&lt;/b&gt; = softmax(&lt;b&gt;XX&lt;/b&gt;ᵀ) &lt;b&gt;X&lt;/b&gt;.</source>
        <translation>&lt;b&gt;3.&lt;/b&gt; Cada token se convierte en una mezcla de los tokens a los que atiende: y&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = Σ&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; α&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; x&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt;, &lt;b&gt;Y&lt;/b&gt; = softmax(&lt;b&gt;XX&lt;/b&gt;ᵀ) &lt;b&gt;X&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="354"/>
        <source>&lt;b&gt;4.&lt;/b&gt; &lt;b&gt;Q&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt; (queries: what a token looks for, the user&apos;s tastes), &lt;b&gt;K&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt; (keys: what it offers, a film&apos;s attributes), &lt;b&gt;V&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt; (values: what it passes on, the films).</source>
        <translation>&lt;b&gt;4.&lt;/b&gt; &lt;b&gt;Q&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt; (consultas: lo que busca un token, los gustos del usuario), &lt;b&gt;K&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt; (claves: lo que ofrece, los atributos de una película), &lt;b&gt;V&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt; (valores: lo que transmite, las películas).</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="360"/>
        <source>&lt;b&gt;5.&lt;/b&gt; A query matches the keys close to it: S = &lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;; dividing by √&lt;i&gt;d&lt;/i&gt; keeps the scores from growing with the dimension.</source>
        <translation>&lt;b&gt;5.&lt;/b&gt; Una consulta coincide con las claves cercanas a ella: S = &lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;; dividir por √&lt;i&gt;d&lt;/i&gt; evita que los puntajes crezcan con la dimensión.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="365"/>
        <source>&lt;b&gt;6.&lt;/b&gt; The same softmax, row by row: α = softmax(&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;).</source>
        <translation>&lt;b&gt;6.&lt;/b&gt; La misma softmax, fila por fila: α = softmax(&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;).</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="369"/>
        <source>&lt;b&gt;7.&lt;/b&gt; The values mixed by the weights: &lt;b&gt;Y&lt;/b&gt; = α&lt;b&gt;V&lt;/b&gt; = softmax(&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;) &lt;b&gt;V&lt;/b&gt;.</source>
        <translation>&lt;b&gt;7.&lt;/b&gt; Los valores mezclados según los pesos: &lt;b&gt;Y&lt;/b&gt; = α&lt;b&gt;V&lt;/b&gt; = softmax(&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;) &lt;b&gt;V&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="375"/>
        <source>Causal: only &lt;i&gt;j&lt;/i&gt; ≤ &lt;i&gt;i&lt;/i&gt;; the hatched cells are masked (−∞ before the softmax, 0 after it).</source>
        <translation>Causal: solo &lt;i&gt;j&lt;/i&gt; ≤ &lt;i&gt;i&lt;/i&gt;; las celdas rayadas están enmascaradas (−∞ antes de la softmax, 0 después).</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="398"/>
        <source>&lt;b&gt;X&lt;/b&gt; (%1): one row per token</source>
        <translation>&lt;b&gt;X&lt;/b&gt; (%1): una fila por token</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="400"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="418"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="424"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="430"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="436"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="455"/>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="400"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="418"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="424"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="430"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="436"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="455"/>
        <source>dimension</source>
        <translation>dimensión</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="404"/>
        <source>&lt;b&gt;XX&lt;/b&gt;ᵀ (%1)</source>
        <translation>&lt;b&gt;XX&lt;/b&gt;ᵀ (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="406"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="412"/>
        <source>token i</source>
        <translation>token i</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="406"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="412"/>
        <source>token j</source>
        <translation>token j</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="410"/>
        <source>α = softmax(&lt;b&gt;XX&lt;/b&gt;ᵀ) (%1)</source>
        <translation>α = softmax(&lt;b&gt;XX&lt;/b&gt;ᵀ) (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="416"/>
        <source>&lt;b&gt;Y&lt;/b&gt; = α&lt;b&gt;X&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Y&lt;/b&gt; = α&lt;b&gt;X&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="422"/>
        <source>&lt;b&gt;Q&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt; (%1)</source>
        <translation>&lt;b&gt;Q&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="428"/>
        <source>&lt;b&gt;K&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt; (%1)</source>
        <translation>&lt;b&gt;K&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="434"/>
        <source>&lt;b&gt;V&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt; (%1)</source>
        <translation>&lt;b&gt;V&lt;/b&gt; = &lt;b&gt;XW&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="440"/>
        <source>&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt; (%1)</source>
        <translation>&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="442"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="449"/>
        <source>query i</source>
        <translation>consulta i</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="442"/>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="449"/>
        <source>key j</source>
        <translation>clave j</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="446"/>
        <source>α = softmax(&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;) (%1)</source>
        <translation>α = softmax(&lt;b&gt;QK&lt;/b&gt;ᵀ / √&lt;i&gt;d&lt;/i&gt;) (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="453"/>
        <source>&lt;b&gt;Y&lt;/b&gt; = α&lt;b&gt;V&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Y&lt;/b&gt; = α&lt;b&gt;V&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="466"/>
        <source>Cannot compute: %1</source>
        <translation>No se puede calcular: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="468"/>
        <source>Type a sentence: its words are the tokens.</source>
        <translation>Escriba una oración: sus palabras son los tokens.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="470"/>
        <source>&lt;b&gt;X&lt;/b&gt;: the rows of the token embeddings (wte) of “%1” for its tokens, &lt;i&gt;d&lt;/i&gt; = %2. &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt;, &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt;, &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt;: its layer 1, head 1 (%2 × %3), without the bias and the layer norm GPT applies.</source>
        <translation>&lt;b&gt;X&lt;/b&gt;: las filas de los embeddings de token (wte) de “%1” para sus tokens, &lt;i&gt;d&lt;/i&gt; = %2. &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt;, &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt;, &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt;: su capa 1, cabeza 1 (%2 × %3), sin el sesgo ni la normalización de capas que aplica GPT.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="477"/>
        <source>&lt;b&gt;X&lt;/b&gt;: random vectors (seed %1, &lt;i&gt;d&lt;/i&gt; = %2), the same word always the same vector. &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt;, &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt;, &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt;: random %2 × %2 matrices; training would learn them. Hover a cell for its value.</source>
        <translation>&lt;b&gt;X&lt;/b&gt;: vectores aleatorios (semilla %1, &lt;i&gt;d&lt;/i&gt; = %2); la misma palabra siempre tiene el mismo vector. &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;q&lt;/sup&gt;, &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;k&lt;/sup&gt;, &lt;b&gt;W&lt;/b&gt;&lt;sup&gt;v&lt;/sup&gt;: matrices aleatorias de %2 × %2; el entrenamiento las aprendería. Pase el cursor sobre una celda para ver su valor.</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyAttentionView.cpp" line="484"/>
        <source>Only the first %1 tokens are shown.</source>
        <translation>Solo se muestran los primeros %1 tokens.</translation>
    </message>
</context>
<context>
    <name>ToyEmbeddingSource</name>
    <message>
        <location filename="../ui/panels/attention/ToyEmbeddingSource.cpp" line="44"/>
        <location filename="../ui/panels/attention/ToyEmbeddingSource.cpp" line="55"/>
        <source>Random vectors</source>
        <translation>Vectores aleatorios</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyEmbeddingSource.cpp" line="45"/>
        <source>Random vectors for the words (a seed and a dimension d), or the token embeddings of a GPT of the workspace</source>
        <translation>Vectores aleatorios para las palabras (una semilla y una dimensión d), o los embeddings de token de un GPT del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/panels/attention/ToyEmbeddingSource.cpp" line="58"/>
        <source>GPT: %1</source>
        <translation>GPT: %1</translation>
    </message>
</context>
<context>
    <name>TrainingCurveChart</name>
    <message>
        <location filename="../ui/widgets/TrainingCurveChart.cpp" line="57"/>
        <source>Export picture (PNG, SVG)...</source>
        <translation>Exportar imagen (PNG, SVG)...</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TrainingCurveChart.cpp" line="58"/>
        <source>Export points (CSV)...</source>
        <translation>Exportar puntos (CSV)...</translation>
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
        <location filename="../ui/Workspace.cpp" line="33"/>
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
