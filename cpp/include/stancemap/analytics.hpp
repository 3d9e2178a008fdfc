// Network analytics on actor matrices (co-occurrence, stance): centralities, structural
// balance, spectral communities and embeddings. Each function reads a square CSR matrix whose
// rows and columns are the same actors; the diagonal (an actor with itself) is ignored
// throughout, as in LabeledMatrix.to_networkx(). Each definition names the reference it
// follows; the Python tests check them against networkx and numpy.
#pragma once

#include <Eigen/Dense>
#include <Eigen/SparseCore>
#include <cstdint>
#include <vector>

namespace stancemap::analytics {

using SparseMatrix = Eigen::SparseMatrix<double, Eigen::RowMajor, std::int32_t>;

// Methods that decompose a dense n x n matrix refuse larger n (memory n^2 doubles, time n^3):
// keep fewer actors with min_count or kinds.
inline constexpr Eigen::Index kMaxDense = 3000;

// Degree centrality (networkx.degree_centrality): the number of distinct neighbours (in and
// out for a directed matrix) divided by n - 1; 1 for a lone actor.
Eigen::VectorXd degree_centrality(const SparseMatrix& a, bool directed);

// Strength: the sum of |weights| of an actor's ties (in and out for a directed matrix), as
// networkx's G.degree(weight="weight") on absolute weights.
Eigen::VectorXd strength(const SparseMatrix& a, bool directed);

// Eigenvector centrality (Bonacich 1972), by networkx.eigenvector_centrality's power iteration
// x <- (I + A^T) x / ||(I + A^T) x||_2 from the uniform vector, on |weights|; stops when the
// L1 change is below n * tol. Throws after max_iter iterations without converging.
Eigen::VectorXd eigenvector_centrality(const SparseMatrix& a, double tol, int max_iter);

// PageRank (Page, Brin, Motwani & Winograd 1999), as networkx.pagerank: rows normalised to
// transition probabilities on |weights|, damping alpha, uniform teleport, dangling actors
// spread uniformly; stops when the L1 change is below n * tol; sums to 1.
Eigen::VectorXd pagerank(const SparseMatrix& a, double alpha, double tol, int max_iter);

// The signed, undirected tie of every pair: sign((a_ij + a_ji) / 2), diagonal dropped. A
// stance matrix's pair with opposite scores that cancel has no tie.
SparseMatrix signed_ties(const SparseMatrix& a);

// Triangles of a signed undirected graph by the signs of their edges (Cartwright & Harary
// 1956): +++ and +-- are balanced, ++- and --- are not. Time: sum over actors of degree^2.
struct TriangleCounts {
    double ppp = 0, ppn = 0, pnn = 0, nnn = 0;
};
TriangleCounts signed_triangles(const SparseMatrix& ties);

struct Balance {
    TriangleCounts triangles;
    // Balanced triangles / all triangles (Cartwright & Harary 1956); NaN without triangles.
    double triangle_index = 0;
    // Estrada & Benzi (2014): K = tr exp(beta S) / tr exp(beta |S|) over the sign matrix S:
    // closed walks weighted by 1/length! (times beta^length), the balanced ones counting +1
    // and the unbalanced -1, over all of them; 1 exactly when the graph is balanced.
    double walk_index = 0;
    // lambda_max(S) / lambda_max(|S|): 1 exactly when the graph is balanced (then S and |S|
    // are similar, S = D |S| D with D = diag(+-1)); NaN without ties.
    double spectral_ratio = 0;
};
Balance balance(const SparseMatrix& a, double beta);

// Net stance: per actor, the sum of its row (out), of its column (in), and out - in.
struct NetStance {
    Eigen::VectorXd out, in, net;
};
NetStance net_stance(const SparseMatrix& a);

// Reciprocity of a directed matrix (networkx.reciprocity): per actor, 2 |pred & succ| /
// (|pred| + |succ|) (NaN without ties); overall, the share of directed ties whose reverse
// exists; same_sign, the share of reciprocated pairs whose two scores have the same sign.
struct Reciprocity {
    Eigen::VectorXd per_actor;
    double overall = 0;
    double same_sign = 0;
    double mutual_pairs = 0;
    double ties = 0;
};
Reciprocity reciprocity(const SparseMatrix& a);

// Positive PMI from pair counts (Levy & Goldberg 2014, "Neural word embedding as implicit
// matrix factorization"): with n_ij the cell, r_i = sum_j n_ij the row margin (diagonal
// excluded) and D = sum_i r_i, ppmi_ij = max(0, log(n_ij D / (r_i r_j))).
Eigen::MatrixXd ppmi(const SparseMatrix& counts);

// Truncated SVD embedding (Levy, Goldberg & Dagan 2015, eigenvalue weighting p = 0.5):
// U_d Sigma_d^(1/2) of m, components by decreasing singular value, each vector's sign chosen
// so its entry of largest magnitude (the first such) is positive. dim <= n.
Eigen::MatrixXd svd_embedding(const Eigen::MatrixXd& m, int dim);

// Spectral clustering (Ng, Jordan & Weiss 2002) of W = (a + a^T) / 2 (|W| unless
// keep_signs): the leading eigenvectors of D^-1/2 W D^-1/2 with D = diag(sum_j |w_ij|) (for a
// signed W, the smallest of Kunegis et al. 2010's normalised signed Laplacian) -- k of them,
// or k - 1 for a signed W, where one eigenvector's signs split two factions -- rows scaled to
// unit length, then k-means (Lloyd) from farthest-point seeds starting at the first actor.
// Actors with no tie get -1; communities are numbered in order of their first actor.
std::vector<int> spectral_communities(const SparseMatrix& a, int k, bool keep_signs);

}  // namespace stancemap::analytics
