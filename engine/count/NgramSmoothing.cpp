#include "NgramSmoothing.h"

namespace lengua {

std::string ngramSmoothingName(NgramSmoothing smoothing)
{
    switch (smoothing) {
    case NgramSmoothing::Mle: return "mle";
    case NgramSmoothing::AddK: return "addk";
    case NgramSmoothing::Interpolated: return "interp";
    case NgramSmoothing::StupidBackoff: return "backoff";
    case NgramSmoothing::KneserNey: return "kn";
    case NgramSmoothing::ModifiedKneserNey: return "mkn";
    }
    return "kn";
}

std::optional<NgramSmoothing> parseNgramSmoothing(std::string_view name)
{
    for (NgramSmoothing smoothing : {NgramSmoothing::Mle, NgramSmoothing::AddK,
                                     NgramSmoothing::Interpolated, NgramSmoothing::StupidBackoff,
                                     NgramSmoothing::KneserNey, NgramSmoothing::ModifiedKneserNey}) {
        if (ngramSmoothingName(smoothing) == name)
            return smoothing;
    }
    return std::nullopt;
}

bool ngramSmoothingIsNormalised(NgramSmoothing smoothing)
{
    return smoothing != NgramSmoothing::StupidBackoff;
}

} // namespace lengua
