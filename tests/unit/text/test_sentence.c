#include "internal.h"
#include "test.h"
int main(void)
{
	TEST_END();
}
