#include "handles.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct hd_state {
    hd_stream *strm; /* back pointer, as zlib's deflate_state */
    int level;
    size_t total;
};

struct hd_handle {
    char name[32];
    void *user;
    const char *text;
    hd_free_fn text_free;
    hd_log_fn log;
    void *log_user;
    size_t bytes;
    int calls;
};

static int next_id;

int hd_stream_init(hd_stream *strm, int level) {
    struct hd_state *s;
    if (strm == NULL)
        return -1;
    s = calloc(1, sizeof *s);
    if (s == NULL)
        return -2;
    s->strm = strm;
    s->level = level;
    strm->state = s;
    return 0;
}

int hd_stream_run(hd_stream *strm) {
    size_t n;
    if (strm == NULL || strm->state == NULL || strm->state->strm != strm)
        return -1;
    n = strm->avail_in < strm->avail_out ? strm->avail_in : strm->avail_out;
    memcpy(strm->next_out, strm->next_in, n);
    strm->next_in += n;
    strm->avail_in -= n;
    strm->next_out += n;
    strm->avail_out -= n;
    strm->state->total += n;
    return 0;
}

int hd_stream_end(hd_stream *strm) {
    if (strm == NULL || strm->state == NULL)
        return -1;
    free(strm->state);
    strm->state = NULL;
    return 0;
}

hd_handle *hd_open(const char *name) {
    hd_handle *h = calloc(1, sizeof *h);
    if (h == NULL)
        return NULL;
    if (name != NULL)
        snprintf(h->name, sizeof h->name, "%s", name);
    return h;
}

void hd_close(hd_handle *h) {
    if (h == NULL)
        return;
    if (h->text_free != HD_STATIC && h->text_free != HD_TRANSIENT)
        h->text_free((void *)h->text);
    else if (h->text_free == HD_TRANSIENT)
        free((void *)h->text);
    free(h);
}

void hd_set_user(hd_handle *h, void *user) {
    h->user = user;
}

int hd_bind_text(hd_handle *h, const char *text, int len, hd_free_fn destroy) {
    if (destroy == HD_TRANSIENT) {
        char *copy = malloc((size_t)len + 1);
        if (copy == NULL)
            return -1;
        memcpy(copy, text, (size_t)len);
        copy[len] = 0;
        h->text = copy;
    } else {
        h->text = text;
    }
    h->text_free = destroy;
    return 0;
}

const char *hd_name(const hd_handle *h) {
    return h->name;
}

int hd_stats(const hd_handle *h, size_t *bytes_out, int *calls_out) {
    *bytes_out = h->bytes;
    if (calls_out != NULL)
        *calls_out = h->calls;
    return 0;
}

void hd_set_logger(hd_handle *h, hd_log_fn fn, void *user) {
    h->log = fn;
    h->log_user = user;
}

void hd_each_byte(const unsigned char *buf, size_t len, void (*fn)(unsigned char, void *), void *user) {
    for (size_t i = 0; i < len; i++)
        fn(buf[i], user);
}

unsigned long hd_checksum(unsigned long sum, const unsigned char *buf, size_t len) {
    unsigned long a = sum & 0xffff, b = (sum >> 16) & 0xffff;
    if (buf == NULL)
        return 1;
    while (len--) {
        a = (a + *buf++) % 65521;
        b = (b + a) % 65521;
    }
    return (b << 16) | a;
}

const char *hd_version_string(int verbose) {
    static char buf[64];
    snprintf(buf, sizeof buf, "handles %d.%d%s", 1, 2, verbose ? " (example)" : "");
    return buf;
}

int hd_next_id(void) {
    return ++next_id;
}
