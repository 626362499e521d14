//! The page-type model's weights. Written by `scripts/train_page_type.py`
//! from the tune half of `../shared/corpus/wcxb`; retrain rather than edit.

use super::PageType;

/// The model's inputs, in the order `page_type::model_input` fills them.
pub const INPUTS: [&str; 29] = [
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
    "title_words",
    "title_question",
    "title_number",
    "url_slug_words",
];

/// The types the model scores, in the order of [`WEIGHTS`].
pub const TYPES: [PageType; 7] = [PageType::Article, PageType::Forum, PageType::Product, PageType::Collection, PageType::Listing, PageType::Documentation, PageType::Service];

/// Per type, one weight per input and then its bias.
pub const WEIGHTS: [[f32; INPUTS.len() + 1]; 7] = [
    // article
    [0.7249, -0.6381, -0.8904, -0.0244, -0.0321, -0.1016, -0.0655, 0.9909, 0.5095, 1.2188, 0.5933, -0.7373, 1.4755, 0.1541, 0.6222, -0.0915, -0.0223, -1.6553, 0.4552, -0.9576, -0.2398, -0.2601, -0.0617, -0.6517, 0.4277, 1.9786, 0.7528, 0.8208, 1.9595, -1.4000],
    // forum
    [-0.9438, 2.5152, -0.7310, -0.3404, 0.0214, -0.4331, -0.4561, 0.5130, 1.3519, -1.0140, -1.2479, -0.5333, 0.4344, -0.9835, -0.3670, 0.0130, 0.0497, 0.8951, -0.1320, -0.5194, 0.9895, -0.1077, -0.2584, 1.0297, 0.8847, 1.1997, 1.2784, 0.1839, 0.5312, -0.5595],
    // product
    [-0.1755, -0.5342, 2.4659, -0.6726, -0.4277, -0.6026, 0.0297, -0.4884, -0.2477, -0.5256, -0.4842, 0.4306, -0.3775, -0.6189, -0.1115, -0.1347, 0.0005, 0.9988, -0.6390, 1.1775, -0.2817, 1.5569, 0.0115, 0.3173, -0.3160, -0.0316, -0.2906, 0.9368, 0.5828, 0.1363],
    // collection
    [0.0394, -0.3753, 0.0114, 1.1576, 0.1807, -0.1140, -0.3146, -1.1967, -0.2454, -0.7646, -0.6191, 0.5392, 0.4101, 0.0386, 0.8029, -0.1572, -0.0137, 0.3138, 0.4227, 2.2498, 0.0386, 0.1427, -0.3948, -0.2132, 0.0745, -1.0691, -0.3618, -0.1135, -0.5996, 0.7588],
    // listing
    [0.2956, -0.6242, -0.5285, 0.6726, 1.2824, -0.4833, -0.0707, -0.2350, 0.2620, -0.1576, 0.4492, 0.4274, -0.6738, 0.4953, -0.7058, -0.3548, -0.0209, 1.5233, -0.1280, -0.7274, -0.3406, -0.7315, -1.1949, 0.0630, -0.7773, -0.9720, -0.3633, -1.1004, -0.4750, 0.7555],
    // documentation
    [-0.4936, 0.2143, -0.6223, -0.5744, -0.4482, 2.4427, -0.2906, 0.4276, -0.8088, 0.8459, 0.8330, -0.2585, -0.1155, -0.5083, -0.0467, 0.9159, -0.0050, -1.2265, -0.3583, -0.8688, -0.0654, -0.1935, -0.5233, 0.0513, -0.2603, -1.0044, -0.4481, -0.1031, -1.1885, 0.3178],
    // service
    [0.5530, -0.5576, 0.2949, -0.2183, -0.5766, -0.7081, 1.1678, -0.0114, -0.8215, 0.3970, 0.4758, 0.1320, -1.1532, 1.4227, -0.1941, -0.1907, 0.0118, -0.8492, 0.3794, -0.3541, -0.1006, -0.4069, 2.4216, -0.5965, -0.0334, -0.1011, -0.5674, -0.6245, -0.8103, -0.0089],
];
