// Internal to the `accurate` model (model_sequence.cpp, model_sequence_batch.cpp): what a
// loaded model holds.
#pragma once

#include <Eigen/Core>

#include <array>
#include <cstddef>
#include <vector>

#include "model_impl.hpp"
#include "stancemap/model_sequence.hpp"

namespace stancemap {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// One GRU of the ensemble.
struct Gru {
    // Input weights of both directions, transposed: [inputs, 6 hidden] (forward gates first).
    Eigen::MatrixXf w_ih_t;
    Eigen::RowVectorXf b_ih;              // [6 hidden]
    std::array<Eigen::MatrixXf, 2> w_hh;  // [3 hidden, hidden] per direction
    std::array<Eigen::VectorXf, 2> b_hh;
    RowMatrix out_w;  // [3, 4 hidden + kNumeric]
    Eigen::Vector3f out_b;
    double weight = 1.0;  // its share of the GRUs' part of the output
};

struct SequenceModel::Impl {
    TargetModel features;
    std::size_t hidden = 0;
    std::size_t inputs = 0;  // embedding_dim + kTokenInputs
    std::vector<Gru> members;
    double mix_fast = 0.0;  // the share of the fast model's probabilities in the output

    explicit Impl(TargetModel f) : features(std::move(f)) {}
};

namespace sequence_detail {

// The step inputs of `in` (word vector dequantised, then the numbers) into rows
// [first, first + in.steps()) of x.
void fill_rows(const SequenceModel::Impl& m, const SequenceInputs& in, RowMatrix& x,
               Eigen::Index first);

// The output probabilities: the members' average p mixed with the fast model's.
std::array<double, 3> mix(const SequenceModel::Impl& m, const std::array<double, 3>& p,
                          const std::array<double, 3>& fast);

// Softmax of three logits.
std::array<double, 3> softmax(const Eigen::Vector3f& logits);

}  // namespace sequence_detail

}  // namespace stancemap
