/* A small library in the style of real C APIs (zlib's streams, sqlite3's bindings,
 * libcurl's easy handles): handles that keep user pointers, objects that point to
 * themselves, out-parameters, interior pointers, destructors and callbacks. */
#ifndef HANDLES_H
#define HANDLES_H
#include <stddef.h>

typedef void (*hd_log_fn)(void *user, const char *msg);
typedef void (*hd_free_fn)(void *);
#define HD_STATIC ((hd_free_fn)0)
#define HD_TRANSIENT ((hd_free_fn)-1)

struct hd_state;
typedef struct hd_stream {
    const unsigned char *next_in;
    size_t avail_in;
    unsigned char *next_out;
    size_t avail_out;
    struct hd_state *state;
    void *opaque;
} hd_stream;

typedef struct hd_handle hd_handle;

/* Like deflateInit: allocates strm->state, which points back to strm. */
int hd_stream_init(hd_stream *strm, int level);
/* Like deflate: reads next_in, writes next_out. */
int hd_stream_run(hd_stream *strm);
/* Like deflateEnd: frees strm->state, not strm. */
int hd_stream_end(hd_stream *strm);

/* Like curl_easy_init / curl_easy_cleanup. */
hd_handle *hd_open(const char *name);
void hd_close(hd_handle *h);
/* Keeps `user` until hd_close: like CURLOPT_PRIVATE. */
void hd_set_user(hd_handle *h, void *user);
/* Keeps `text` unless destroy is HD_TRANSIENT (then copies): like sqlite3_bind_text. */
int hd_bind_text(hd_handle *h, const char *text, int len, hd_free_fn destroy);
/* Returns a pointer into the handle: like sqlite3_column_text. */
const char *hd_name(const hd_handle *h);
/* Out-parameter. */
int hd_stats(const hd_handle *h, size_t *bytes_out, int *calls_out);
/* Callback stored vs called. */
void hd_set_logger(hd_handle *h, hd_log_fn fn, void *user);
void hd_each_byte(const unsigned char *buf, size_t len, void (*fn)(unsigned char, void *), void *user);
/* Only reads the buffer: like adler32. */
unsigned long hd_checksum(unsigned long sum, const unsigned char *buf, size_t len);
/* Returns static storage: like asctime. */
const char *hd_version_string(int verbose);
/* Counts calls in an unprotected global. */
int hd_next_id(void);
#endif
