# Messages of `joint-arrangement` (en).
# $name: the joint controller's name.
joint-arrangement-message = joint controller “{ $name }” is named but the essence of the arrangement is not stated
joint-arrangement-label-missing = no `responsibilities`
joint-arrangement-label-blank = empty
joint-arrangement-help = write in `responsibilities:` who does what under the arrangement: which controller informs people, which answers their requests, which keeps which data; mark the contact point for requests with `contact_point: true`
