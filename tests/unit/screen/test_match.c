#include "test.h"
int main(void) { TEST_END(); }
