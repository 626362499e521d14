//! The page-type model's weights. Written by `scripts/train_page_type.py`
//! from the tune half of `../shared/corpus/wcxb`; retrain rather than edit.

use super::PageType;

/// The model's inputs, in the order `page_type::model_input` fills them.
pub const INPUTS: [&str; 25] = [
    "listed_article",
    "listed_forum",
    "listed_product",
    "listed_collection",
    "listed_listing",
    "listed_documentation",
    "listed_service",
    "dated",
    "byline",
    "kept_words",
    "kept_blocks",
    "short_share",
    "long_share",
    "heading_share",
    "list_item_share",
    "code_share",
    "quote_share",
    "bare_text_share",
    "kept_prices",
    "page_prices",
    "thread_words",
    "cart_buttons",
    "calls_to_action",
    "date_lines",
    "byline_lines",
];

/// The types the model scores, in the order of [`WEIGHTS`].
pub const TYPES: [PageType; 7] = [PageType::Article, PageType::Forum, PageType::Product, PageType::Collection, PageType::Listing, PageType::Documentation, PageType::Service];

/// Per type, one weight per input and then its bias.
pub const WEIGHTS: [[f32; INPUTS.len() + 1]; 7] = [
    // article
    [0.9366, -0.6037, -0.4393, -0.0231, -0.2469, -0.2338, -0.1562, 1.2665, 0.7297, 1.6430, 0.9207, -0.7937, 1.8883, 0.2047, 0.6417, -0.2335, -0.0166, -1.7038, 0.7181, -0.8244, 0.2165, -0.4013, 0.2832, -0.6556, 0.7796, -1.0127],
    // forum
    [-0.8679, 2.6378, -0.7071, -0.3416, 0.0621, -0.4718, -0.4589, 0.6128, 1.4454, -0.9381, -1.1986, -0.5354, 0.4891, -0.9941, -0.3267, -0.0126, 0.0564, 0.9143, -0.1448, -0.5345, 1.0895, -0.0931, -0.1982, 1.0295, 0.9062, -0.2761],
    // product
    [-0.1496, -0.5282, 2.5813, -0.7638, -0.4654, -0.5986, 0.0383, -0.4623, -0.1971, -0.4637, -0.4068, 0.5266, -0.3731, -0.6377, -0.0564, -0.1439, -0.0015, 1.0582, -0.6054, 1.2208, -0.3298, 1.6767, -0.0399, 0.3887, -0.2603, 0.1929],
    // collection
    [-0.0048, -0.4092, -0.1529, 1.1695, 0.2178, -0.1078, -0.2959, -1.3241, -0.3222, -0.9030, -0.7302, 0.5058, 0.3578, 0.0456, 0.7832, -0.1448, -0.0144, 0.3555, 0.3263, 2.2475, -0.0388, 0.1639, -0.4481, -0.1739, 0.0327, 0.5316],
    // listing
    [0.2355, -0.7400, -0.6923, 0.7140, 1.3647, -0.4518, 0.0048, -0.3146, 0.1335, -0.3254, 0.2947, 0.3526, -0.8015, 0.5090, -0.7650, -0.3098, -0.0281, 1.4953, -0.1222, -0.7258, -0.5249, -0.7399, -1.3234, 0.0591, -0.9527, 0.5926],
    // documentation
    [-0.6356, 0.1980, -0.7748, -0.5715, -0.4136, 2.5119, -0.2887, 0.3394, -0.9111, 0.7673, 0.8311, -0.2701, -0.2899, -0.5702, -0.0769, 0.9905, -0.0064, -1.3808, -0.4429, -1.0298, -0.2302, -0.1764, -0.6546, 0.0144, -0.3297, 0.0391],
    // service
    [0.4857, -0.5546, 0.1850, -0.1835, -0.5186, -0.6481, 1.1566, -0.1178, -0.8782, 0.2199, 0.2892, 0.2142, -1.2707, 1.4427, -0.1999, -0.1460, 0.0106, -0.7387, 0.2708, -0.3539, -0.1822, -0.4298, 2.3810, -0.6622, -0.1758, -0.0674],
];
