// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// ChildTestTokenMetaData contains all meta data concerning the ChildTestToken contract.
var ChildTestTokenMetaData = &bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawTo\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x6080806040523460155761017d908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c9081632e1a7d4d146100ca5750806347e7ef2414610078576370a082311461003d575f80fd5b34610074576020366003190112610074576001600160a01b0361005e610167565b165f525f602052602060405f2054604051908152f35b5f80fd5b34610074576040366003190112610074576001600160a01b03610099610167565b165f525f60205260405f2080549060243582018092116100b65755005b634e487b7160e01b5f52601160045260245ffd5b346100745760203660031901126100745760043590335f525f6020528160405f20541061013b5750335f525f60205260405f209081548181039081116100b6575f92556040519081527f67b714876402c93362735688659e2283b4a37fb21bab24bc759ca759ae851fd860203392a3005b62461bcd60e51b815260206004820152600760248201526662616c616e636560c81b6044820152606490fd5b600435906001600160a01b03821682036100745756",
}

// ChildTestTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use ChildTestTokenMetaData.ABI instead.
var ChildTestTokenABI = ChildTestTokenMetaData.ABI

// ChildTestTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ChildTestTokenMetaData.Bin instead.
var ChildTestTokenBin = ChildTestTokenMetaData.Bin

// DeployChildTestToken deploys a new Ethereum contract, binding an instance of ChildTestToken to it.
func DeployChildTestToken(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *ChildTestToken, error) {
	parsed, err := ChildTestTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ChildTestTokenBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ChildTestToken{ChildTestTokenCaller: ChildTestTokenCaller{contract: contract}, ChildTestTokenTransactor: ChildTestTokenTransactor{contract: contract}, ChildTestTokenFilterer: ChildTestTokenFilterer{contract: contract}}, nil
}

// ChildTestToken is an auto generated Go binding around an Ethereum contract.
type ChildTestToken struct {
	ChildTestTokenCaller     // Read-only binding to the contract
	ChildTestTokenTransactor // Write-only binding to the contract
	ChildTestTokenFilterer   // Log filterer for contract events
}

// ChildTestTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type ChildTestTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ChildTestTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ChildTestTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ChildTestTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ChildTestTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ChildTestTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ChildTestTokenSession struct {
	Contract     *ChildTestToken   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ChildTestTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ChildTestTokenCallerSession struct {
	Contract *ChildTestTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// ChildTestTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ChildTestTokenTransactorSession struct {
	Contract     *ChildTestTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// ChildTestTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type ChildTestTokenRaw struct {
	Contract *ChildTestToken // Generic contract binding to access the raw methods on
}

// ChildTestTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ChildTestTokenCallerRaw struct {
	Contract *ChildTestTokenCaller // Generic read-only contract binding to access the raw methods on
}

// ChildTestTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ChildTestTokenTransactorRaw struct {
	Contract *ChildTestTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewChildTestToken creates a new instance of ChildTestToken, bound to a specific deployed contract.
func NewChildTestToken(address common.Address, backend bind.ContractBackend) (*ChildTestToken, error) {
	contract, err := bindChildTestToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ChildTestToken{ChildTestTokenCaller: ChildTestTokenCaller{contract: contract}, ChildTestTokenTransactor: ChildTestTokenTransactor{contract: contract}, ChildTestTokenFilterer: ChildTestTokenFilterer{contract: contract}}, nil
}

// NewChildTestTokenCaller creates a new read-only instance of ChildTestToken, bound to a specific deployed contract.
func NewChildTestTokenCaller(address common.Address, caller bind.ContractCaller) (*ChildTestTokenCaller, error) {
	contract, err := bindChildTestToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ChildTestTokenCaller{contract: contract}, nil
}

// NewChildTestTokenTransactor creates a new write-only instance of ChildTestToken, bound to a specific deployed contract.
func NewChildTestTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*ChildTestTokenTransactor, error) {
	contract, err := bindChildTestToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ChildTestTokenTransactor{contract: contract}, nil
}

// NewChildTestTokenFilterer creates a new log filterer instance of ChildTestToken, bound to a specific deployed contract.
func NewChildTestTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*ChildTestTokenFilterer, error) {
	contract, err := bindChildTestToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ChildTestTokenFilterer{contract: contract}, nil
}

// bindChildTestToken binds a generic wrapper to an already deployed contract.
func bindChildTestToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ChildTestTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ChildTestToken *ChildTestTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ChildTestToken.Contract.ChildTestTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ChildTestToken *ChildTestTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ChildTestToken.Contract.ChildTestTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ChildTestToken *ChildTestTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ChildTestToken.Contract.ChildTestTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ChildTestToken *ChildTestTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ChildTestToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ChildTestToken *ChildTestTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ChildTestToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ChildTestToken *ChildTestTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ChildTestToken.Contract.contract.Transact(opts, method, params...)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_ChildTestToken *ChildTestTokenCaller) BalanceOf(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ChildTestToken.contract.Call(opts, &out, "balanceOf", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_ChildTestToken *ChildTestTokenSession) BalanceOf(arg0 common.Address) (*big.Int, error) {
	return _ChildTestToken.Contract.BalanceOf(&_ChildTestToken.CallOpts, arg0)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_ChildTestToken *ChildTestTokenCallerSession) BalanceOf(arg0 common.Address) (*big.Int, error) {
	return _ChildTestToken.Contract.BalanceOf(&_ChildTestToken.CallOpts, arg0)
}

// Deposit is a paid mutator transaction binding the contract method 0x47e7ef24.
//
// Solidity: function deposit(address user, uint256 amount) returns()
func (_ChildTestToken *ChildTestTokenTransactor) Deposit(opts *bind.TransactOpts, user common.Address, amount *big.Int) (*types.Transaction, error) {
	return _ChildTestToken.contract.Transact(opts, "deposit", user, amount)
}

// Deposit is a paid mutator transaction binding the contract method 0x47e7ef24.
//
// Solidity: function deposit(address user, uint256 amount) returns()
func (_ChildTestToken *ChildTestTokenSession) Deposit(user common.Address, amount *big.Int) (*types.Transaction, error) {
	return _ChildTestToken.Contract.Deposit(&_ChildTestToken.TransactOpts, user, amount)
}

// Deposit is a paid mutator transaction binding the contract method 0x47e7ef24.
//
// Solidity: function deposit(address user, uint256 amount) returns()
func (_ChildTestToken *ChildTestTokenTransactorSession) Deposit(user common.Address, amount *big.Int) (*types.Transaction, error) {
	return _ChildTestToken.Contract.Deposit(&_ChildTestToken.TransactOpts, user, amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 amount) returns()
func (_ChildTestToken *ChildTestTokenTransactor) Withdraw(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _ChildTestToken.contract.Transact(opts, "withdraw", amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 amount) returns()
func (_ChildTestToken *ChildTestTokenSession) Withdraw(amount *big.Int) (*types.Transaction, error) {
	return _ChildTestToken.Contract.Withdraw(&_ChildTestToken.TransactOpts, amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 amount) returns()
func (_ChildTestToken *ChildTestTokenTransactorSession) Withdraw(amount *big.Int) (*types.Transaction, error) {
	return _ChildTestToken.Contract.Withdraw(&_ChildTestToken.TransactOpts, amount)
}

// ChildTestTokenWithdrawToIterator is returned from FilterWithdrawTo and is used to iterate over the raw logs and unpacked data for WithdrawTo events raised by the ChildTestToken contract.
type ChildTestTokenWithdrawToIterator struct {
	Event *ChildTestTokenWithdrawTo // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChildTestTokenWithdrawToIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChildTestTokenWithdrawTo)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChildTestTokenWithdrawTo)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChildTestTokenWithdrawToIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChildTestTokenWithdrawToIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChildTestTokenWithdrawTo represents a WithdrawTo event raised by the ChildTestToken contract.
type ChildTestTokenWithdrawTo struct {
	From   common.Address
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterWithdrawTo is a free log retrieval operation binding the contract event 0x67b714876402c93362735688659e2283b4a37fb21bab24bc759ca759ae851fd8.
//
// Solidity: event WithdrawTo(address indexed from, address indexed to, uint256 amount)
func (_ChildTestToken *ChildTestTokenFilterer) FilterWithdrawTo(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*ChildTestTokenWithdrawToIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _ChildTestToken.contract.FilterLogs(opts, "WithdrawTo", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &ChildTestTokenWithdrawToIterator{contract: _ChildTestToken.contract, event: "WithdrawTo", logs: logs, sub: sub}, nil
}

// WatchWithdrawTo is a free log subscription operation binding the contract event 0x67b714876402c93362735688659e2283b4a37fb21bab24bc759ca759ae851fd8.
//
// Solidity: event WithdrawTo(address indexed from, address indexed to, uint256 amount)
func (_ChildTestToken *ChildTestTokenFilterer) WatchWithdrawTo(opts *bind.WatchOpts, sink chan<- *ChildTestTokenWithdrawTo, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _ChildTestToken.contract.WatchLogs(opts, "WithdrawTo", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChildTestTokenWithdrawTo)
				if err := _ChildTestToken.contract.UnpackLog(event, "WithdrawTo", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawTo is a log parse operation binding the contract event 0x67b714876402c93362735688659e2283b4a37fb21bab24bc759ca759ae851fd8.
//
// Solidity: event WithdrawTo(address indexed from, address indexed to, uint256 amount)
func (_ChildTestToken *ChildTestTokenFilterer) ParseWithdrawTo(log types.Log) (*ChildTestTokenWithdrawTo, error) {
	event := new(ChildTestTokenWithdrawTo)
	if err := _ChildTestToken.contract.UnpackLog(event, "WithdrawTo", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
