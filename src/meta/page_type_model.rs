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
    [0.9500, -0.6511, -0.4707, 0.0195, -0.2564, -0.2283, -0.1340, 1.2710, 0.8632, 1.6063, 0.8950, -0.7701, 1.9101, 0.1260, 0.6211, -0.2289, -0.0181, -1.7745, 0.7063, -0.8170, 0.1895, -0.3526, 0.2252, -0.6022, 0.6490, -1.0139],
    // forum
    [-0.7494, 2.7037, -0.7125, -0.3737, 0.0578, -0.5379, -0.4107, 0.8645, 0.5435, -0.8056, -1.0845, -0.4805, 0.4755, -0.9719, -0.3265, -0.0208, 0.0565, 0.8672, -0.1404, -0.5201, 1.0954, -0.0649, -0.1962, 1.1585, 1.0539, -0.1080],
    // product
    [-0.1506, -0.5338, 2.5876, -0.7770, -0.4645, -0.6130, 0.0346, -0.4101, -0.2289, -0.4678, -0.4023, 0.5203, -0.3853, -0.6346, -0.0641, -0.1417, -0.0014, 1.0588, -0.6111, 1.2160, -0.3257, 1.6630, -0.0467, 0.4038, -0.2257, 0.1523],
    // collection
    [-0.0362, -0.4138, -0.1603, 1.1701, 0.2203, -0.1067, -0.3050, -1.3295, -0.0456, -0.9368, -0.7456, 0.5061, 0.3291, 0.0420, 0.7875, -0.1365, -0.0144, 0.3852, 0.3363, 2.2418, -0.0332, 0.1292, -0.4457, -0.1811, -0.0060, 0.4649],
    // listing
    [0.2387, -0.7489, -0.6934, 0.7171, 1.3607, -0.4607, 0.0016, -0.2834, 0.1928, -0.3366, 0.2904, 0.3464, -0.8181, 0.5055, -0.7850, -0.3057, -0.0278, 1.4789, -0.1306, -0.7366, -0.5216, -0.7369, -1.3372, 0.0735, -0.9549, 0.5642],
    // documentation
    [-0.7148, 0.2083, -0.7444, -0.5724, -0.4023, 2.6095, -0.3291, -0.0051, -0.6133, 0.7390, 0.7648, -0.3459, -0.2298, -0.5148, -0.0311, 0.9683, -0.0056, -1.3120, -0.4242, -1.0033, -0.2204, -0.1987, -0.5891, -0.1954, -0.2968, 0.0776],
    // service
    [0.4622, -0.5643, 0.1936, -0.1836, -0.5155, -0.6629, 1.1425, -0.1075, -0.7116, 0.2016, 0.2822, 0.2236, -1.2815, 1.4477, -0.2019, -0.1346, 0.0107, -0.7037, 0.2637, -0.3809, -0.1840, -0.4391, 2.3896, -0.6570, -0.2194, -0.1372],
];
