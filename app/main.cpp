#include "Application.h"

int main(int argc, char **argv)
{
  return rc::runApplication(argc, argv);
}
