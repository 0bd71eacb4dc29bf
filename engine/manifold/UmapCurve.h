// The curve UMAP uses for memberships in the layout, 1 / (1 + a d^(2b)), with a and b
// fitted by least squares to the offset exponential of min_dist and spread: 1 below
// min_dist, exp(−(d − min_dist) / spread) above, on 300 points of [0, 3·spread]
// (umap-learn's find_ab_params, which calls scipy's curve_fit from a = b = 1).
#pragma once

namespace lengua {

struct UmapCurve {
    double a = 1.0;
    double b = 1.0;

    // Throws Error for spread <= 0, minDist < 0 or minDist > spread.
    static UmapCurve fit(double minDist, double spread);
    // The membership of two layout points at distance d.
    double membership(double distance) const;
};

} // namespace lengua
