#include "ProjectionLessonText.h"

QString ProjectionLessonText::html()
{
    return tr(
        "<p><b>How were the words drawn in 2-D?</b> Each word is a vector of 50–300 numbers; a "
        "screen has two. A projection chooses 2-D points whose arrangement keeps part of the "
        "geometry, never all of it.</p>"
        "<ul><li><b>PCA</b>: the two directions of largest variance, a linear view (distances "
        "along them are kept, neighbours often are not).</li>"
        "<li><b>t-SNE</b>: turns distances into neighbour probabilities "
        "p<sub>j|i</sub> ∝ exp(−‖x<sub>i</sub>−x<sub>j</sub>‖²/2σ<sub>i</sub>²) (σ set by the "
        "perplexity) and moves the 2-D points so that the Student-t probabilities "
        "q<sub>ij</sub> ∝ (1+‖y<sub>i</sub>−y<sub>j</sub>‖²)<sup>−1</sup> match, minimising "
        "KL(P‖Q). Keeps neighbourhoods; sizes of clusters and distances between them mean little.</li>"
        "<li><b>UMAP</b>: a fuzzy k-neighbour graph laid out by attraction and repulsion; keeps "
        "neighbourhoods and more of the global shape, faster.</li></ul>"
        "<p>Hover a word: its neighbours by cosine and in the picture side by side. The "
        "lecture example trains word2vec on the Spanish sample and shows <i>casa, escuela, "
        "zapatería</i> near each other.</p>");
}

QString ProjectionLessonText::qualityToolTip()
{
    return tr("<p><b>Trustworthiness</b> (0–1): are the points that look close in the picture "
              "really close in the original space? Penalises intruders by how far they really "
              "are.</p><p><b>k-NN recall</b>: the share of each word's k nearest neighbours "
              "(cosine) that are also among its k nearest in the picture.</p>");
}
