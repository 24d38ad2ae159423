// Function words, left out of the content words a paraphrase is judged by. Written as normalised match
// keys (words.ts): no hamza on alef, ي for ى, ه for ة, no article. Domain words (وزير، الخارجية، سوريا)
// are NOT here: within one comparison their rarity weighting already discounts what every sentence shares.
import { matchKey } from "./words";

const WORDS = `في من الى إلى على عن مع ان أن إن انه أنه إنه انها أنها التي الذي الذين اللذين اللتين هذا هذه ذلك تلك هؤلاء
كان كانت يكون تكون كانوا قد لقد لم لن لا ما ماذا هو هي هم هما نحن انت انا أو او ثم بعد قبل خلال حتى منذ بين عند كل اي أي غير
حول بشان بشأن لدى امام أمام عبر ضد نحو اذا إذا حيث فيما بينما ايضا أيضا وقال قال قالت اضاف أضاف واضاف وأضاف اكد أكد اشار أشار
وذلك الا إلا لكن ولكن لكنه غير فقد وقد وفي ومن وهو وهي كما وكان يوم اليوم امس أمس به بها له لها لهم فيه فيها منه منها عليه عليها
اليه إليه عنه عنها وان وأن بأن بان لان لأن ليس هناك هنا الذى مثل دون وفق اثر إثر لدي كلا سواء`;

export const STOPWORD_KEYS: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/)
    .filter(Boolean)
    .map((w) => matchKey(w)),
);
