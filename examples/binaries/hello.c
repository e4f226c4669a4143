#include <stdio.h>

int main(void) {
  puts("hello from a reproducible binary");
  return 0;
}
