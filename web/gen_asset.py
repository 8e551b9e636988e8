#!/usr/bin/env python3
"""Turn a static file into a C array: gen_asset.py NAME IN OUT."""
import sys
name, src, dst = sys.argv[1:4]
data = open(src, 'rb').read()
with open(dst, 'w') as f:
    f.write('/* generated from %s by web/gen_asset.py; do not edit */\n' % src.split('/')[-1])
    f.write('#include <stddef.h>\n')
    f.write('extern const unsigned char %s[];\nextern const size_t %s_len;\n' % (name, name))
    f.write('const unsigned char %s[] = {\n' % name)
    for i in range(0, len(data), 16):
        f.write('  ' + ', '.join('0x%02x' % b for b in data[i:i + 16]) + ',\n')
    f.write('  0x00\n};\nconst size_t %s_len = %d;\n' % (name, len(data)))
