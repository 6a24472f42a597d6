#include "SearchTokenizer.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libstemmer.h>
#include <sqlite3.h>

#include <cstring>
#include <string>

namespace Aloite::SearchTokenizer {

namespace {

// The options unicode61 gets: ä, ö and å stay letters of their own ("lisaamisesta" does not find
// "lisäämisestä"), as in the index of version 1.
const char* const s_unicodeOptions[] = {"remove_diacritics", "0"};

/// One tokenizer instance: unicode61 underneath and a stemmer per language. libstemmer's stemmers
/// are not reentrant, so each instance (one per table and connection) has its own.
struct Instance
{
    fts5_tokenizer unicode {};
    Fts5Tokenizer* words = nullptr;
    sb_stemmer* finnish = nullptr;
    sb_stemmer* swedish = nullptr;

    ~Instance()
    {
        if (words)
            unicode.xDelete(words);
        if (finnish)
            sb_stemmer_delete(finnish);
        if (swedish)
            sb_stemmer_delete(swedish);
    }

    /// The stem of \a word by \a stemmer, or an empty string when it fails.
    static std::string stem(sb_stemmer* stemmer, const char* word, int size)
    {
        const sb_symbol* stemmed = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word), size);
        if (!stemmed)
            return {};
        return std::string(reinterpret_cast<const char*>(stemmed), std::size_t(sb_stemmer_length(stemmer)));
    }
};

/// Whether a token has a letter (numbers and case numbers have no stems).
bool hasLetter(const char* token, int size)
{
    for (int n = 0; n < size; ++n) {
        const auto c = static_cast<unsigned char>(token[n]);
        if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            return true;
    }
    return false;
}

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

/// What the callback of unicode61 passes on to FTS5.
struct Pass
{
    Instance* instance;
    void* context;
    TokenCallback sendToken;
    bool stemQuery; ///< a query string that starts with the marker
};

int emitWithStems(void* data, int flags, const char* token, int size, int start, int end)
{
    auto* pass = static_cast<Pass*>(data);
    Instance* self = pass->instance;
    if (!pass->stemQuery) {
        if (int rc = pass->sendToken(pass->context, flags, token, size, start, end); rc != SQLITE_OK)
            return rc;
        if (!hasLetter(token, size))
            return SQLITE_OK;
    } else if (!hasLetter(token, size)) {
        return pass->sendToken(pass->context, flags, token, size, start, end);
    }
    const std::string finnish = Instance::stem(self->finnish, token, size);
    const std::string swedish = Instance::stem(self->swedish, token, size);
    const std::string word(token, std::size_t(size));

    if (!pass->stemQuery) {
        // The document: each stem that differs from the word, marked, at the word's position.
        for (const std::string* stem : {&finnish, &swedish}) {
            if (stem->empty() || *stem == word || (stem == &swedish && swedish == finnish))
                continue;
            const std::string marked = SearchTokenizer::StemMarker + *stem;
            if (int rc =
                    pass->sendToken(pass->context, FTS5_TOKEN_COLOCATED, marked.data(), int(marked.size()), start, end);
                rc != SQLITE_OK)
                return rc;
        }
        return SQLITE_OK;
    }
    // The query: every form under which the index may hold one of the word's stems, as synonyms.
    // A stem equal to its word is not marked in the index, so it is looked for as a word too.
    std::string synonyms[4];
    int count = 0;
    for (const std::string* stem : {&finnish, &swedish}) {
        if (stem->empty())
            continue;
        for (const std::string& form : {SearchTokenizer::StemMarker + *stem, *stem}) {
            bool seen = false;
            for (int n = 0; n < count; ++n)
                seen = seen || synonyms[n] == form;
            if (!seen)
                synonyms[count++] = form;
        }
    }
    if (count == 0)
        synonyms[count++] = word;
    for (int n = 0; n < count; ++n) {
        if (int rc = pass->sendToken(pass->context, n == 0 ? 0 : FTS5_TOKEN_COLOCATED, synonyms[n].data(),
                                     int(synonyms[n].size()), start, end);
            rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int create(void* apiPointer, const char** arguments, int argumentCount, Fts5Tokenizer** out)
{
    auto* api = static_cast<fts5_api*>(apiPointer);
    auto* self = new Instance;
    void* unicodeData = nullptr;
    int rc = api->xFindTokenizer(api, "unicode61", &unicodeData, &self->unicode);
    if (rc == SQLITE_OK) {
        // The table's own options (none so far) come after ours, so they win.
        const char* options[16];
        int n = 0;
        for (const char* option : s_unicodeOptions)
            options[n++] = option;
        for (int a = 0; a < argumentCount && n < 16; ++a)
            options[n++] = arguments[a];
        rc = self->unicode.xCreate(unicodeData, options, n, &self->words);
    }
    if (rc == SQLITE_OK) {
        self->finnish = sb_stemmer_new("finnish", "UTF_8");
        self->swedish = sb_stemmer_new("swedish", "UTF_8");
        if (!self->finnish || !self->swedish)
            rc = SQLITE_ERROR;
    }
    if (rc != SQLITE_OK) {
        delete self;
        *out = nullptr;
        return rc;
    }
    *out = reinterpret_cast<Fts5Tokenizer*>(self);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer* tokenizer)
{
    delete reinterpret_cast<Instance*>(tokenizer);
}

int tokenize(Fts5Tokenizer* tokenizer, void* context, int flags, const char* text, int size, TokenCallback sendToken)
{
    auto* self = reinterpret_cast<Instance*>(tokenizer);
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    const bool prefix = (flags & FTS5_TOKENIZE_PREFIX) != 0;
    if (query && (prefix || size == 0 || text[0] != StemMarker)) {
        // Words as typed: a prefix or a phrase.
        return self->unicode.xTokenize(self->words, context, flags, text, size, sendToken);
    }
    Pass pass {self, context, sendToken, query};
    if (query) {
        ++text;
        --size;
    }
    return self->unicode.xTokenize(self->words, &pass, flags, text, size, &emitWithStems);
}

fts5_api* fts5ApiOf(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

} // namespace

bool install(sqlite3* db)
{
    fts5_api* api = db ? fts5ApiOf(db) : nullptr;
    if (!api || api->iVersion < 2)
        return false;
    // Whether the stemmers exist at all is checked once here, not at the first search.
    for (const char* language : {"finnish", "swedish"}) {
        sb_stemmer* stemmer = sb_stemmer_new(language, "UTF_8");
        if (!stemmer)
            return false;
        sb_stemmer_delete(stemmer);
    }
    fts5_tokenizer tokenizer {&create, &destroy, &tokenize};
    return api->xCreateTokenizer(api, Name, api, &tokenizer, nullptr) == SQLITE_OK;
}

bool install(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    return install(*static_cast<sqlite3* const*>(handle.data()));
}

} // namespace Aloite::SearchTokenizer
